import { describe, expect, it } from 'vitest';
import { toSlackMessage, toTeamsMessage } from './chat-message.ts';
import type { NotificationEvent } from './notification-event.ts';

const event: NotificationEvent = {
  type: 'sla.breached',
  occurredAt: Date.parse('2026-03-16T08:30:00-03:00'),
  lead: {
    id: 'l-1',
    name: 'Maria <Souza> & Filhos',
    email: 'maria@acme.com.br',
    phoneE164: '+5511987654321',
    companyName: 'Acme',
    grade: 'B',
    ownerName: 'Bruno',
  },
  link: 'https://bastao.acme.com.br/leads/l-1',
  details: { clock: 'first_touch', dueAt: Date.parse('2026-03-16T08:30:00-03:00') },
};

describe('toSlackMessage', () => {
  const message = toSlackMessage(event);

  it('has a plain-text fallback with the title, lead and company', () => {
    expect(message.text).toBe('SLA estourado: Maria <Souza> & Filhos · Acme');
  });

  it('escapes the lead’s name in mrkdwn and lists the fields', () => {
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'SLA estourado', emoji: true },
    });
    expect(message.blocks[1]).toMatchObject({
      type: 'section',
      text: { type: 'mrkdwn', text: '*Maria &lt;Souza&gt; &amp; Filhos · Acme*' },
    });
    expect(JSON.stringify(message.blocks[1])).toContain('*Nota de fit*\\nB');
    expect(JSON.stringify(message.blocks[1])).toContain('*Vence em*\\n16/03/2026, 08:30');
  });

  it('offers buttons to open the lead and to chat on WhatsApp', () => {
    expect(message.blocks[2]).toEqual({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: 'Abrir no Bastão' },
          url: 'https://bastao.acme.com.br/leads/l-1',
        },
        {
          type: 'button',
          text: { type: 'plain_text', text: 'Chamar no WhatsApp' },
          url: 'https://wa.me/5511987654321?text=Ol%C3%A1%2C%20Maria!',
        },
      ],
    });
  });

  it('has no buttons without a link or phone', () => {
    const bare = toSlackMessage({ ...event, link: undefined, lead: { ...event.lead, phoneE164: null } });
    expect(bare.blocks).toHaveLength(2);
  });
});

describe('toTeamsMessage', () => {
  const message = toTeamsMessage(event);
  const card = message.attachments[0]?.content;

  it('wraps an Adaptive Card in a Teams message', () => {
    expect(message.type).toBe('message');
    expect(message.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
  });

  it('shows the title, the lead and its facts, and the same two actions', () => {
    expect(card?.body[0]).toMatchObject({ type: 'TextBlock', text: 'SLA estourado', weight: 'Bolder' });
    expect(card?.body[1]).toMatchObject({ type: 'TextBlock', text: 'Maria <Souza> & Filhos · Acme' });
    expect(card?.body[2]).toMatchObject({ type: 'FactSet' });
    expect(JSON.stringify(card?.body[2])).toContain('{"title":"Prazo","value":"Primeiro contato"}');
    expect(card?.actions.map((action) => action.title)).toEqual(['Abrir no Bastão', 'Chamar no WhatsApp']);
  });
});
