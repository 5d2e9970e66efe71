import { describe, expect, it } from 'vitest';
import { composeEmail } from './compose-email.ts';
import { leadEvent } from './local-receiver.test-support.ts';

const NOW = Date.UTC(2026, 2, 2, 12, 0, 0);

describe('composeEmail', () => {
  it('puts the title and the lead in the subject, in pt-BR', () => {
    expect(composeEmail(leadEvent('lead.assigned', NOW)).subject).toBe(
      'Lead atribuído a Rita Souza: João Silva · Acme',
    );
    expect(composeEmail(leadEvent('sla.breached', NOW)).subject).toBe('SLA estourado: João Silva · Acme');
  });

  it('links to WhatsApp click-to-chat when the lead has a phone, and to the lead', () => {
    const email = composeEmail(leadEvent('lead.assigned', NOW));
    expect(email.text).toContain(
      'Chamar no WhatsApp: https://wa.me/5511987654321?text=Ol%C3%A1%2C%20Jo%C3%A3o!',
    );
    expect(email.text).toContain('Abrir no Bastão: https://bastao.acme.com.br/leads/lead-1');
    expect(email.html).toContain('href="https://wa.me/5511987654321?text=Ol%C3%A1%2C%20Jo%C3%A3o!"');
  });

  it('has no WhatsApp link without a phone', () => {
    const email = composeEmail(leadEvent('lead.assigned', NOW, { phoneE164: null }));
    expect(email.text).not.toContain('wa.me');
    expect(email.html).not.toContain('wa.me');
  });

  it('shows the SLA deadline in the workspace time zone', () => {
    const email = composeEmail(
      leadEvent('sla.warning', NOW, {}, { clock: 'first_touch', dueAt: NOW }),
      'America/Sao_Paulo',
    );
    expect(email.text).toContain('Prazo: Primeiro contato');
    expect(email.text).toContain('Vence em: 02/03/2026, 09:00');
  });

  it('escapes lead data in the HTML and keeps the subject on one line', () => {
    const email = composeEmail(leadEvent('lead.assigned', NOW, { name: '<script>x</script>\r\nBcc: a@b.c' }));
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;');
    expect(email.subject).not.toMatch(/[\r\n]/);
  });
});
