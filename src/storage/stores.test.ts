import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem } from '../../test/engines.ts';
import { ingestEvents } from '../events/ingest-events.ts';
import { upsertLead } from '../leads/upsert-lead.ts';

/** The same storage cases on every engine, real ones. */
describe.each(ENGINES)('storage on %s', (engine) => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await openTestSystem(engine);
  });
  afterAll(async () => {
    await system.destroy();
  });

  it('reports the engine it runs on', () => {
    expect(system.engine).toBe(engine);
  });

  it('round-trips epoch milliseconds beyond 32 bits, unicode text and JSON fields exactly', async () => {
    const at = Date.UTC(2099, 11, 31, 23, 59, 59, 999);
    const { lead } = await system.stores.transaction((s) =>
      upsertLead(
        s,
        {
          email: 'roundtrip@acme.com',
          name: 'Conceição Ñandú 🚀',
          fields: { n: 1.5, list: [1, 'a'], nested: { ok: true } },
        },
        at,
      ),
    );
    const read = await system.stores.leads.byId(lead.id);
    expect(read).toEqual(lead);
    expect(typeof read?.createdAt).toBe('number');
    expect(read?.createdAt).toBe(at);
  });

  it('rolls back the whole unit of work when it fails midway', async () => {
    await expect(
      system.stores.transaction(async (s) => {
        await upsertLead(s, { email: 'rollback@acme.com' }, system.clock.now());
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await system.stores.leads.byEmail('rollback@acme.com')).toBeUndefined();
  });

  it('makes one lead when two requests upsert the same new e-mail at the same time', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        system.stores.transaction((s) =>
          upsertLead(s, { email: 'race@acme.com', fields: { [`k${i}`]: i } }, system.clock.now()),
        ),
      ),
    );
    const ids = new Set(results.map((r) => r.lead.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const stored = await system.stores.leads.byEmail('race@acme.com');
    expect(Object.keys(stored?.fields ?? {}).sort()).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', 'k5']);
  });

  it('stores an idempotency key once even when two batches carrying it race', async () => {
    const item = { lead: { email: 'idem-race@acme.com' }, type: 'page_view', idempotencyKey: 'race-key' };
    const outcomes = await Promise.all(
      Array.from({ length: 4 }, () =>
        system.stores.transaction((s) => ingestEvents(s, [item], system.clock.now())),
      ),
    );
    const statuses = outcomes.map((o) => o.results[0]?.status).sort();
    expect(statuses).toEqual(['duplicate', 'duplicate', 'duplicate', 'stored']);
    const lead = await system.stores.leads.byEmail('idem-race@acme.com');
    expect(await system.stores.events.forLead(lead?.id ?? '')).toHaveLength(1);
  });

  it('finds leads many at a time by e-mail, in chunks larger than one statement', async () => {
    const emails = Array.from({ length: 1200 }, (_, i) => `bulk${i}@acme.com`);
    await system.stores.transaction(async (s) => {
      for (const email of emails) {
        await upsertLead(s, { email }, system.clock.now());
      }
    });
    const found = await system.stores.leads.byEmails(emails);
    expect(found.size).toBe(1200);
  });

  it('matches text search literally, so % and _ in the query are not wildcards', async () => {
    await system.stores.transaction((s) =>
      upsertLead(s, { email: 'percent@acme.com', name: '100% Vendas' }, system.clock.now()),
    );
    await system.stores.transaction((s) =>
      upsertLead(s, { email: 'other@acme.com', name: '100 Vendas' }, system.clock.now()),
    );
    const hits = await system.stores.leads.list({ text: '100%', limit: 10 });
    expect(hits.map((l) => l.email)).toEqual(['percent@acme.com']);
  });
});
