import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem, tokenFor } from '../../../test/engines.ts';
import { createUser } from '../../access/create-user.ts';
import { buildServer } from '../server.ts';

describe.each(ENGINES)('deals and costs API on %s', (engine) => {
  let system: TestSystem;
  let app: FastifyInstance;
  const auth: Record<string, { authorization: string }> = {};

  beforeAll(async () => {
    system = await openTestSystem(engine);
    app = await buildServer(system);
    for (const role of ['admin', 'marketing', 'sales_manager', 'sales_rep'] as const) {
      auth[role] = { authorization: `Bearer ${await tokenFor(system, role)}` };
    }
    await system.stores.transaction((s) =>
      createUser(s, { email: 'rita@acme.com', name: 'Rita', role: 'sales_rep' }, system.clock.now()),
    );
  });
  afterAll(async () => {
    await app.close();
    await system.destroy();
  });

  const postDeal = (payload: unknown, role = 'sales_manager') =>
    app.inject({ method: 'POST', url: '/api/v1/deals', headers: auth[role], payload: payload as object });
  const get = (url: string, role = 'marketing') => app.inject({ url, headers: auth[role] });

  it('creates a deal for an unknown e-mail (creating the lead) and updates it by external id', async () => {
    const created = await postDeal({
      lead: { email: 'Ana@Acme.com.br' },
      externalId: 'crm-1',
      name: 'Plano Pro',
      amount: 1234.56,
      status: 'open',
      createdAt: '2026-02-20T10:00:00-03:00',
      owner: 'rita@acme.com',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().deal).toMatchObject({
      externalId: 'crm-1',
      amount: 1234.56,
      amountCents: 123_456,
      currency: 'BRL',
      status: 'open',
      createdAt: '2026-02-20T13:00:00.000Z',
      closedAt: null,
      ownerName: null,
    });
    expect(created.json().deal.ownerId).toEqual(expect.any(String));
    expect(created.json().lead).toMatchObject({ email: 'ana@acme.com.br', stage: 'opportunity' });
    expect(created.json().transitions).toMatchObject([
      { from: 'lead', to: 'opportunity', at: '2026-02-20T13:00:00.000Z' },
    ]);
    const announced = (await system.stores.outbox.pending(100)).filter(
      (m) => m.event.lead.id === created.json().lead.id,
    );
    expect(announced.map((m) => m.event.type)).toEqual(['lead.created']);
    const won = await postDeal({
      leadId: created.json().lead.id,
      externalId: 'crm-1',
      amount: 1500,
      status: 'won',
      closedAt: '2026-03-01T15:00:00-03:00',
    });
    expect(won.statusCode).toBe(200);
    expect(won.json().deal).toMatchObject({
      id: created.json().deal.id,
      status: 'won',
      amount: 1500,
      name: 'Plano Pro',
    });
    expect(won.json().lead.stage).toBe('customer');
  });

  it('lists deals with filters and cursor pagination', async () => {
    for (let i = 0; i < 3; i++) {
      await postDeal({
        lead: { email: `list${i}@beta.io` },
        externalId: `list-${i}`,
        amount: 10 * i,
        status: i === 0 ? 'lost' : 'won',
        createdAt: `2026-01-0${i + 1}T10:00:00-03:00`,
        closedAt: `2026-01-1${i + 1}T10:00:00-03:00`,
        ...(i === 0 ? { lostReason: 'sem orçamento' } : {}),
        owner: 'Caio (CRM)',
      });
    }
    const won = await get('/api/v1/deals?status=won&owner=Caio%20(CRM)');
    expect(won.json().items.map((d: { externalId: string }) => d.externalId)).toEqual(['list-2', 'list-1']);
    const byUser = await get('/api/v1/deals?owner=rita@acme.com', 'sales_rep');
    expect(byUser.json().items.map((d: { externalId: string }) => d.externalId)).toEqual(['crm-1']);
    const closed = await get('/api/v1/deals?closedFrom=2026-01-12&closedTo=2026-01-13');
    expect(closed.json().items.map((d: { externalId: string }) => d.externalId)).toEqual(['list-1']);
    const first = await get('/api/v1/deals?createdFrom=2026-01-01&createdTo=2026-02-01&limit=2');
    expect(first.json().items).toHaveLength(2);
    const next = await get(
      `/api/v1/deals?createdFrom=2026-01-01&createdTo=2026-02-01&limit=2&cursor=${first.json().nextCursor}`,
    );
    expect(next.json()).toMatchObject({
      items: [{ externalId: 'list-0', lostReason: 'sem orçamento' }],
      nextCursor: null,
    });
  });

  it('answers 404 for an unknown lead id and 403 to roles that may not write deals', async () => {
    const missing = await postDeal({ leadId: 'nope', amount: 1, status: 'open' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('lead_not_found');
    for (const role of ['marketing', 'sales_rep']) {
      expect(
        (await postDeal({ lead: { email: 'x@y.com' }, amount: 1, status: 'open' }, role)).statusCode,
      ).toBe(403);
    }
  });

  it('refuses bad deals with 400 and a message, never 500, and stores nothing', async () => {
    const valid = { lead: { email: 'bad@acme.com' }, amount: 10, status: 'open' };
    const bad: [unknown, string][] = [
      [{ ...valid, lead: undefined }, 'lead'],
      [{ ...valid, leadId: 'x' }, 'exactly one'],
      [{ ...valid, amount: -1 }, 'amount'],
      [{ ...valid, amount: '10' }, 'amount'],
      [{ ...valid, amount: 1e20 }, 'too large'],
      [{ ...valid, status: 'pending' }, 'status'],
      [{ ...valid, currency: 'reais' }, 'ISO 4217'],
      [{ ...valid, closedAt: '2026-03-01T10:00:00-03:00' }, 'open deal has no closedAt'],
      [{ ...valid, status: 'won', lostReason: 'x' }, 'only a lost deal'],
      [
        { ...valid, status: 'won', createdAt: '2026-03-01T10:00:00Z', closedAt: '2026-02-01T10:00:00Z' },
        'before createdAt',
      ],
      [{ ...valid, createdAt: '2026-03-01 10:00' }, 'offset'],
      [{ ...valid, createdAt: '2099-01-01T00:00:00Z' }, 'future'],
      [{ ...valid, externalId: '  ' }, 'externalId'],
      [{ ...valid, fields: 'x' }, 'fields'],
      [{ ...valid, lead: { email: 'not-an-email' } }, 'e-mail'],
      [[valid], 'expected object'],
    ];
    for (const [payload, message] of bad) {
      const response = await postDeal(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.message).toContain(message);
    }
    const raw = await app.inject({
      method: 'POST',
      url: '/api/v1/deals',
      headers: { ...auth.admin, 'content-type': 'application/json' },
      payload: '{"amount": ',
    });
    expect(raw.statusCode).toBe(400);
    expect(await system.stores.leads.byEmail('bad@acme.com')).toBeUndefined();
    const filters = ['status=x', 'createdFrom=ontem', 'limit=0', 'cursor=abc'];
    for (const query of filters) {
      expect((await get(`/api/v1/deals?${query}`)).statusCode, query).toBe(400);
    }
  });

  it('upserts costs per month, channel and campaign, and lists them by month range', async () => {
    const post = (payload: unknown, role = 'marketing') =>
      app.inject({ method: 'POST', url: '/api/v1/costs', headers: auth[role], payload: payload as object });
    const created = await post({ month: '2026-03', channel: 'paid_search', amount: 1500.5 });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      campaign: null,
      amount: 1500.5,
      amountCents: 150_050,
      currency: 'BRL',
    });
    expect((await post({ month: '2026-03', channel: 'paid_search', amount: 1800 })).statusCode).toBe(200);
    await post({ month: '2026-03', channel: 'paid_search', campaign: 'brand', amount: 300 });
    await post({ month: '2026-05', channel: 'social', amount: 50, currency: 'usd' });
    const march = await get('/api/v1/costs?from=2026-03&to=2026-04');
    expect(
      march.json().items.map((c: { campaign: string | null; amount: number }) => [c.campaign, c.amount]),
    ).toEqual([
      [null, 1800],
      ['brand', 300],
    ]);
    expect((await get('/api/v1/costs?channel=social')).json().items).toMatchObject([{ currency: 'USD' }]);
    expect((await post({ month: '2026-3', channel: 'x', amount: 1 })).statusCode).toBe(400);
    expect((await post({ month: '2026-03', channel: '', amount: 1 })).statusCode).toBe(400);
    expect((await post({ month: '2026-03', channel: 'x', amount: -1 })).statusCode).toBe(400);
    expect((await post({ month: '2026-03', channel: 'x', amount: 1 }, 'sales_manager')).statusCode).toBe(403);
    expect((await get('/api/v1/costs?from=2026-05&to=2026-03')).statusCode).toBe(400);
    expect((await get('/api/v1/costs?from=março')).statusCode).toBe(400);
    expect((await get('/api/v1/costs', 'sales_rep')).statusCode).toBe(403);
  });
});
