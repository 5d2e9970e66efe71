import { describe, expect, it } from 'vitest';
import { CURRENT_BODY, LEGACY_LEAD } from '../../../../test/fixtures/rdstation-webhooks.ts';
import { rdWebhookShape } from './parse-rd-webhook.ts';
import { currentContact } from './rd-current-contact.ts';
import { legacyContact } from './rd-legacy-contact.ts';

const SP = 'America/Sao_Paulo';

describe('RD Station webhook shapes', () => {
  it('tells the legacy batch from the contact webhook, and refuses anything else', () => {
    expect(rdWebhookShape({ leads: [LEGACY_LEAD] })).toMatchObject({
      ok: true,
      shape: 'legacy',
      contacts: [LEGACY_LEAD],
    });
    expect(rdWebhookShape(CURRENT_BODY)).toMatchObject({ ok: true, shape: 'current' });
    for (const bad of [null, [], { leads: 'x' }, { event_type: 'X' }, 'text']) {
      expect(rdWebhookShape(bad).ok).toBe(false);
    }
  });

  it('maps a legacy lead: profile, both conversions as touches and form_submit events, unknown fields kept', () => {
    const contact = legacyContact(LEGACY_LEAD, SP);
    if ('message' in contact) {
      throw new Error(contact.message);
    }
    expect(contact.lead).toMatchObject({
      email: 'Ana@Acme.com.br',
      name: 'Ana Souza',
      jobTitle: 'Diretora',
      company: { name: 'Acme' },
      fields: {
        rd_owner: 'rita@acme.com',
        rd_profile: 'B',
        rd_interest: 40,
        rd_opportunity: false,
        number_conversions: '2',
        website: 'acme.com.br',
        'Qual o orçamento?': 'R$ 10 mil',
      },
    });
    expect(contact.sources).toEqual([
      {
        channel: 'paid_search',
        campaign: 'brand',
        medium: 'cpc',
        at: Date.parse('2018-03-13T14:07:04.254-03:00'),
      },
      {
        channel: 'email',
        campaign: 'nutricao',
        medium: 'email',
        at: Date.parse('2018-04-02T10:00:00-03:00'),
      },
    ]);
    expect(contact.events).toEqual([
      expect.objectContaining({
        type: 'form_submit',
        occurredAt: '2018-03-13T17:07:04.254Z',
        idempotencyKey: 'rdstation:ana@acme.com.br:ebook-funil:2018-03-13T17:07:04.254Z',
        props: expect.objectContaining({
          identifier: 'ebook-funil',
          form: expect.objectContaining({ nome: 'Ana Souza' }),
        }),
      }),
      expect.objectContaining({
        type: 'form_submit',
        props: expect.objectContaining({ identifier: 'demo' }),
      }),
    ]);
  });

  it('maps a contact webhook: consent from legal bases, cf_ fields, owner, one form_submit', () => {
    const contact = currentContact(CURRENT_BODY, SP);
    if ('message' in contact) {
      throw new Error(contact.message);
    }
    expect(contact.lead).toMatchObject({
      email: 'bruno@beta.io',
      phone: '(21) 99999-0000',
      company: { name: 'Beta' },
      consent: { basis: 'consent', givenAt: '2018-03-13T17:07:04.254Z' },
      fields: {
        cf_segmento: 'software',
        cf_interesses: ['crm', 'bi'],
        tags: ['evento', 'sp'],
        rd_owner: 'rita@acme.com',
        rd_stage: 'Lead',
      },
    });
    expect(contact.events).toEqual([
      expect.objectContaining({
        type: 'form_submit',
        props: { source: 'rdstation', identifier: 'pedido-de-demo' },
        idempotencyKey: expect.stringContaining('WEBHOOK.CONVERTED:pedido-de-demo'),
      }),
    ]);
  });

  it('says which contact has no e-mail', () => {
    expect(legacyContact({ name: 'x' }, SP)).toEqual({ message: 'has no email' });
    expect(currentContact({ event_type: 'WEBHOOK.CONVERTED', contact: {} }, SP)).toEqual({
      message: 'contact has no email',
    });
  });
});
