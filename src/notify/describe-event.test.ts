import { describe, expect, it } from 'vitest';
import { describeEvent } from './describe-event.ts';
import { NOTIFICATION_EVENT_TYPES, type NotificationEvent } from './notification-event.ts';

const mql: NotificationEvent = {
  type: 'lead.mql',
  occurredAt: Date.parse('2026-03-13T17:30:00-03:00'),
  lead: {
    id: 'l-1',
    name: 'João da Silva',
    email: 'joao@acme.com.br',
    phoneE164: '+5511987654321',
    companyName: 'Acme Indústria',
    grade: 'A',
    ownerName: 'Ana',
  },
  link: 'https://bastao.acme.com.br/leads/l-1',
};

describe('describeEvent', () => {
  it('describes an MQL in pt-BR with name, company, grade, owner, WhatsApp link and link', () => {
    expect(describeEvent(mql)).toEqual({
      title: 'Novo MQL',
      summary: 'João da Silva · Acme Indústria',
      fields: [
        { label: 'Nota de fit', value: 'A' },
        { label: 'Responsável', value: 'Ana' },
        { label: 'E-mail', value: 'joao@acme.com.br' },
        { label: 'Telefone', value: '+5511987654321' },
      ],
      whatsappUrl: 'https://wa.me/5511987654321?text=Ol%C3%A1%2C%20Jo%C3%A3o!',
      link: 'https://bastao.acme.com.br/leads/l-1',
    });
  });

  it('has no WhatsApp link without a phone and falls back to the e-mail without a name', () => {
    const bare = describeEvent({
      ...mql,
      lead: { ...mql.lead, name: null, phoneE164: null, companyName: null },
      link: undefined,
    });
    expect(bare.whatsappUrl).toBeNull();
    expect(bare.summary).toBe('joao@acme.com.br');
    expect(bare.link).toBeNull();
  });

  it('shows which SLA clock and when it is due, in São Paulo time', () => {
    const warning = describeEvent({
      ...mql,
      type: 'sla.warning',
      details: { clock: 'first_touch', dueAt: Date.parse('2026-03-16T11:30:00Z') },
    });
    expect(warning.title).toBe('SLA perto de vencer');
    expect(warning.fields).toContainEqual({ label: 'Prazo', value: 'Primeiro contato' });
    expect(warning.fields).toContainEqual({ label: 'Vence em', value: '16/03/2026, 08:30' });
  });

  it('shows the rejection reason and a deal’s amount in reais', () => {
    const rejected = describeEvent({ ...mql, type: 'lead.rejected', details: { reason: 'Sem orçamento' } });
    expect(rejected.fields).toContainEqual({ label: 'Motivo', value: 'Sem orçamento' });
    const won = describeEvent({ ...mql, type: 'deal.won', details: { amount: 12_500.5 } });
    expect(won.fields).toContainEqual({ label: 'Valor', value: 'R$\u00a012.500,50' });
  });

  it('names the new owner of an assigned lead', () => {
    expect(describeEvent({ ...mql, type: 'lead.assigned' }).title).toBe('Lead atribuído a Ana');
    expect(
      describeEvent({ ...mql, type: 'lead.assigned', lead: { ...mql.lead, ownerName: null } }).title,
    ).toBe('Lead atribuído');
  });

  it('gives every event type its own title', () => {
    const titles = NOTIFICATION_EVENT_TYPES.map((type) => describeEvent({ ...mql, type }).title);
    expect(new Set(titles).size).toBe(NOTIFICATION_EVENT_TYPES.length);
  });
});
