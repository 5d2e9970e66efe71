import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { ENGINES, tokenFor } from '../../../test/engines.ts';

describe.each(ENGINES)('leads API on %s', (engine) => {
  const t = useTestApp(engine, 'marketing');

  const post = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/v1/leads', headers: t.auth, payload: payload as object });

  it('upserts "Ana@Example.com " and "ana@example.com" into one lead', async () => {
    const first = await post({ email: 'Ana@Example.com ', name: 'Ana' });
    expect(first.statusCode).toBe(201);
    const second = await post({ email: 'ana@example.com', jobTitle: 'CMO' });
    expect(second.statusCode).toBe(200);
    expect(second.json().id).toBe(first.json().id);
    expect(second.json()).toMatchObject({ email: 'ana@example.com', name: 'Ana', jobTitle: 'CMO' });
    const list = await t.app.inject({ url: '/api/v1/leads?email=ANA@example.com', headers: t.auth });
    expect(list.json().items).toHaveLength(1);
  });

  it('refuses an invalid e-mail with 400 and stores nothing', async () => {
    const response = await post({ email: 'not-an-email', name: 'X' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_request');
    expect(response.json().error.message).toContain('email');
    const list = await t.app.inject({ url: '/api/v1/leads?q=not-an-email', headers: t.auth });
    expect(list.json().items).toHaveLength(0);
  });

  it('links a lead to its company by e-mail domain but never by a free-mail domain', async () => {
    const work = await post({ email: 'bruno@acme.com.br', company: { name: 'ACME' } });
    expect(work.json().company).toMatchObject({ domain: 'acme.com.br', name: 'ACME' });
    const colleague = await post({ email: 'carla@acme.com.br' });
    expect(colleague.json().companyId).toBe(work.json().companyId);
    const free = await post({ email: 'dani@gmail.com', company: { name: 'Dani Consultoria' } });
    expect(free.json().company).toBeNull();
    expect(free.json().companyName).toBe('Dani Consultoria');
    const byDomain = await post({
      email: 'edu@gmail.com',
      company: { domain: 'https://www.Beta.io/contato' },
    });
    expect(byDomain.json().company).toMatchObject({ domain: 'beta.io' });
  });

  it('keeps the phone as given plus E.164, and first touch while last touch moves', async () => {
    const first = await post({
      email: 'fabi@delta.com.br',
      phone: '(11) 98765-4321',
      source: { channel: 'organic_search', campaign: 'blog', at: '2026-03-01T10:00:00-03:00' },
    });
    expect(first.json()).toMatchObject({ phone: '(11) 98765-4321', phoneE164: '+5511987654321' });
    const second = await post({
      email: 'fabi@delta.com.br',
      source: { channel: 'paid_search', campaign: 'brand' },
    });
    expect(second.json().firstTouch).toMatchObject({ channel: 'organic_search', campaign: 'blog' });
    expect(second.json().lastTouch).toMatchObject({ channel: 'paid_search', campaign: 'brand' });
  });

  it('records LGPD consent and merges custom fields key by key', async () => {
    await post({ email: 'gil@eta.com', fields: { plan: 'pro', seats: 10 } });
    const updated = await post({
      email: 'gil@eta.com',
      fields: { seats: 12 },
      consent: { basis: 'consent', givenAt: '2026-03-02T09:00:00-03:00' },
    });
    expect(updated.json().fields).toEqual({ plan: 'pro', seats: 12 });
    expect(updated.json().consent).toEqual({ basis: 'consent', givenAt: '2026-03-02T12:00:00.000Z' });
  });

  it('lists with filters, text search ignoring accents, and cursor pagination', async () => {
    for (let i = 0; i < 5; i++) {
      t.system.clock.advance(1000);
      await post({ email: `page${i}@zeta.com`, name: `João Página ${i}`, source: { channel: 'events' } });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/api/v1/leads?channel=events&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await t.app.inject({ url: query, headers: t.auth });
      expect(page.statusCode).toBe(200);
      seen.push(...page.json().items.map((l: { email: string }) => l.email));
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual([
      'page4@zeta.com',
      'page3@zeta.com',
      'page2@zeta.com',
      'page1@zeta.com',
      'page0@zeta.com',
    ]);
    const search = await t.app.inject({ url: '/api/v1/leads?q=joao%20pagina%203', headers: t.auth });
    expect(search.json().items.map((l: { email: string }) => l.email)).toEqual(['page3@zeta.com']);
    const bad = await t.app.inject({ url: '/api/v1/leads?cursor=garbage', headers: t.auth });
    expect(bad.statusCode).toBe(400);
  });

  it('answers 401 without a token and 403 for a role that may not', async () => {
    expect((await t.app.inject({ url: '/api/v1/leads' })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ url: '/api/v1/leads', headers: { authorization: 'Bearer bst_nope' } }))
        .statusCode,
    ).toBe(401);
    const rep = { authorization: `Bearer ${await tokenFor(t.system, 'sales_rep', 'rep')}` };
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: rep,
      payload: { email: 'x@y.com', name: 'X', role: 'admin' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
  });
});
