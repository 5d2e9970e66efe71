import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem, tokenFor } from '../../../test/engines.ts';
import { CURRENT_BODY, LEGACY_LEAD } from '../../../test/fixtures/rdstation-webhooks.ts';
import { buildServer } from '../server.ts';

describe.each(ENGINES)('RD Station webhook on %s', (engine) => {
  let system: TestSystem;
  let app: FastifyInstance;
  let token: string;

  beforeAll(async () => {
    system = await openTestSystem(engine);
    app = await buildServer(system);
    token = await tokenFor(system, 'marketing', 'rdstation');
  });
  afterAll(async () => {
    await app.close();
    await system.destroy();
  });

  /** The fixture's conversions moved to the day before the test's "now", so that engagement has not decayed. */
  const RECENT = {
    ...LEGACY_LEAD,
    first_conversion: { ...LEGACY_LEAD.first_conversion, created_at: '2026-03-01T10:00:00-03:00' },
    last_conversion: { ...LEGACY_LEAD.last_conversion, created_at: '2026-03-01T18:00:00-03:00' },
  };

  const send = (payload: unknown, url = `/api/v1/integrations/rdstation?token=${token}`) =>
    app.inject({ method: 'POST', url, payload: payload as object });

  it('takes the legacy batch: upserts each lead, and each conversion becomes a scored form_submit', async () => {
    const response = await send({ leads: [RECENT, { name: 'sem e-mail' }] });
    expect(response.statusCode).toBe(200);
    const [ana, invalid] = response.json().results;
    expect(ana).toMatchObject({
      status: 'stored',
      created: true,
      events: [{ status: 'stored' }, { status: 'stored' }],
    });
    expect(invalid).toEqual({ status: 'invalid', message: 'leads[1]: has no email' });
    const lead = await system.stores.leads.byEmail('ana@acme.com.br');
    expect(lead).toMatchObject({
      name: 'Ana Souza',
      companyName: 'Acme',
      firstTouch: { channel: 'paid_search', campaign: 'brand' },
      lastTouch: { channel: 'email', campaign: 'nutricao' },
      fields: { rd_owner: 'rita@acme.com', 'Qual o orçamento?': 'R$ 10 mil' },
    });
    expect(lead?.score).toMatchObject({ scoredAt: system.clock.now() });
    const announced = (await system.stores.outbox.pending(100)).filter((m) => m.event.lead.id === lead?.id);
    expect(announced.map((m) => m.event.type)).toEqual(['lead.created']);
    expect(lead?.score?.engagement).toBeGreaterThan(0);
    const events = await system.stores.events.forLead(lead?.id ?? '');
    expect(events.map((e) => [e.type, e.props.identifier])).toEqual([
      ['form_submit', 'ebook-funil'],
      ['form_submit', 'demo'],
    ]);
  });

  it('stores a re-delivered conversion once', async () => {
    const again = await send({ leads: [RECENT] });
    expect(again.json().results[0]).toMatchObject({
      status: 'stored',
      created: false,
      events: [{ status: 'duplicate' }, { status: 'duplicate' }],
    });
  });

  it('takes the contact webhook with a bearer token: consent, cf_ fields, the conversion', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/integrations/rdstation',
      headers: { authorization: `Bearer ${token}` },
      payload: CURRENT_BODY,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().results).toMatchObject([
      { status: 'stored', created: true, events: [{ status: 'stored' }] },
    ]);
    const lead = await system.stores.leads.byEmail('bruno@beta.io');
    expect(lead).toMatchObject({
      consent: { basis: 'consent', givenAt: Date.parse('2018-03-13T14:07:04.254-03:00') },
      fields: { cf_segmento: 'software', cf_interesses: ['crm', 'bi'] },
    });
    expect(lead?.score).not.toBeNull();
  });

  it('refuses requests without a valid token or with a role that may not, and bodies of another shape', async () => {
    expect((await send(CURRENT_BODY, '/api/v1/integrations/rdstation')).statusCode).toBe(401);
    expect((await send(CURRENT_BODY, '/api/v1/integrations/rdstation?token=bst_nope')).statusCode).toBe(401);
    const rep = await tokenFor(system, 'sales_rep', 'rep');
    expect((await send(CURRENT_BODY, `/api/v1/integrations/rdstation?token=${rep}`)).statusCode).toBe(403);
    for (const body of [{}, { leads: {} }, { event_type: 'WEBHOOK.CONVERTED' }, [CURRENT_BODY]]) {
      const response = await send(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.message).toContain('RD Station webhook');
    }
    const raw = await app.inject({
      method: 'POST',
      url: `/api/v1/integrations/rdstation?token=${token}`,
      headers: { 'content-type': 'application/json' },
      payload: '{"leads": [',
    });
    expect(raw.statusCode).toBe(400);
  });

  it('answers a contact with a broken e-mail or odd values with a per-contact message, never a 500', async () => {
    const odd = [
      { email: 'not-an-email' },
      { email: 'x@y.com', name: { first: 'X' }, first_conversion: 'nope', custom_fields: [1, 2] },
      { email: 'z@y.com', last_conversion: { created_at: 'ontem', content: null, conversion_origin: 7 } },
      7,
    ];
    const response = await send({ leads: odd });
    expect(response.statusCode).toBe(200);
    expect(response.json().results.map((r: { status: string }) => r.status)).toEqual([
      'invalid',
      'stored',
      'stored',
      'invalid',
    ]);
    expect(response.json().results[0].message).toContain('is not a valid e-mail address');
  });
});
