import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem } from '../../test/engines.ts';
import { newId } from '../kernel/ids.ts';
import { upsertLead } from '../leads/upsert-lead.ts';
import type { Deal } from '../revenue/deal.ts';
import { upsertCost } from '../revenue/upsert-cost.ts';

/** The revenue tables on every engine: deals, costs, and the ids imports link leads by. */
describe.each(ENGINES)('revenue storage on %s', (engine) => {
  let system: TestSystem;
  let leadId: string;
  beforeAll(async () => {
    system = await openTestSystem(engine);
    leadId = (
      await system.stores.transaction((s) => upsertLead(s, { email: 'deal@acme.com' }, system.clock.now()))
    ).lead.id;
  });
  afterAll(async () => {
    await system.destroy();
  });

  const deal = (overrides: Partial<Deal>): Deal => ({
    id: newId(),
    externalId: null,
    leadId,
    name: null,
    amountCents: 0,
    currency: 'BRL',
    status: 'open',
    createdAt: Date.UTC(2026, 0, 1),
    closedAt: null,
    lostReason: null,
    ownerId: null,
    ownerName: null,
    fields: {},
    recordedAt: system.clock.now(),
    updatedAt: system.clock.now(),
    ...overrides,
  });

  it('round-trips a deal exactly, amounts in cents beyond 32 bits included', async () => {
    const stored = deal({
      externalId: 'crm-1',
      name: 'Plano Enterprise',
      amountCents: 9_876_543_210_12,
      status: 'won',
      closedAt: Date.UTC(2026, 1, 1),
      ownerName: 'sr-123',
      fields: { sdr: 'x', n: 1 },
    });
    expect(await system.stores.transaction((s) => s.deals.insert(stored))).toBe(true);
    expect(await system.stores.deals.byId(stored.id)).toEqual(stored);
    expect(await system.stores.deals.byExternalId('crm-1')).toEqual(stored);
  });

  it('keeps external ids unique: a second insert with the same id is refused', async () => {
    expect(await system.stores.transaction((s) => s.deals.insert(deal({ externalId: 'crm-1' })))).toBe(false);
    expect(await system.stores.transaction((s) => s.deals.insert(deal({})))).toBe(true);
    expect(await system.stores.transaction((s) => s.deals.insert(deal({})))).toBe(true);
  });

  it('lists deals by status, owner and closing period, newest created first, page by page', async () => {
    const base = Date.UTC(2025, 5, 1);
    for (let i = 0; i < 5; i++) {
      await system.stores.transaction((s) =>
        s.deals.insert(
          deal({
            externalId: `list-${i}`,
            status: i % 2 === 0 ? 'won' : 'lost',
            createdAt: base + i * 1000,
            closedAt: base + i * 86_400_000,
            ownerName: i < 3 ? 'Rita' : 'Caio',
          }),
        ),
      );
    }
    const won = await system.stores.deals.list({ status: 'won', owner: 'Rita', limit: 10 });
    expect(won.map((d) => d.externalId)).toEqual(['list-2', 'list-0']);
    const closed = await system.stores.deals.list({
      closedFrom: base + 86_400_000,
      closedTo: base + 3 * 86_400_000,
      limit: 10,
    });
    expect(closed.map((d) => d.externalId)).toEqual(['list-2', 'list-1']);
    const first = await system.stores.deals.list({ createdFrom: base, createdTo: base + 10_000, limit: 2 });
    expect(first.map((d) => d.externalId)).toEqual(['list-4', 'list-3', 'list-2']);
    const last = first[1] as Deal;
    const next = await system.stores.deals.list({
      createdFrom: base,
      createdTo: base + 10_000,
      after: { at: last.createdAt, id: last.id },
      limit: 2,
    });
    expect(next.map((d) => d.externalId)).toEqual(['list-2', 'list-1', 'list-0']);
  });

  it('upserts a cost per month, channel and campaign; the same values again change nothing', async () => {
    const now = system.clock.now();
    const draft = {
      month: '2026-03',
      channel: 'paid_search',
      campaign: null,
      amountCents: 150_000,
      currency: 'BRL',
    };
    const created = await system.stores.transaction((s) => upsertCost(s, draft, now));
    expect(created.outcome).toBe('created');
    const withCampaign = await system.stores.transaction((s) =>
      upsertCost(s, { ...draft, campaign: 'brand', amountCents: 50_000 }, now),
    );
    expect(withCampaign.outcome).toBe('created');
    expect((await system.stores.transaction((s) => upsertCost(s, draft, now + 1))).outcome).toBe('unchanged');
    const updated = await system.stores.transaction((s) =>
      upsertCost(s, { ...draft, amountCents: 175_000 }, now + 2),
    );
    expect(updated).toMatchObject({
      outcome: 'updated',
      cost: { id: created.cost.id, amountCents: 175_000 },
    });
    await system.stores.transaction((s) =>
      upsertCost(s, { ...draft, month: '2026-05', channel: 'social' }, now),
    );
    const march = await system.stores.costs.list({ from: '2026-03', to: '2026-04' });
    expect(march.map((c) => [c.month, c.channel, c.campaign, c.amountCents])).toEqual([
      ['2026-03', 'paid_search', null, 175_000],
      ['2026-03', 'paid_search', 'brand', 50_000],
    ]);
    expect(await system.stores.costs.list({ channel: 'social' })).toHaveLength(1);
  });

  it('makes one cost row when two requests upsert the same key at once', async () => {
    const draft = { month: '2026-07', channel: 'email', campaign: 'news', amountCents: 100, currency: 'BRL' };
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        system.stores.transaction((s) => upsertCost(s, draft, system.clock.now())),
      ),
    );
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(1);
    expect(await system.stores.costs.list({ from: '2026-07', to: '2026-07' })).toHaveLength(1);
  });

  it('links leads to the ids other systems give them, first link wins, and finds them back', async () => {
    await system.stores.transaction((s) =>
      s.imports.link(
        [
          { source: 'olist', externalId: 'm1', leadId },
          { source: 'hubspot', externalId: 'm1', leadId },
        ],
        system.clock.now(),
      ),
    );
    const other = (
      await system.stores.transaction((s) => upsertLead(s, { email: 'other@acme.com' }, system.clock.now()))
    ).lead.id;
    await system.stores.transaction((s) =>
      s.imports.link([{ source: 'olist', externalId: 'm1', leadId: other }], 0),
    );
    const found = await system.stores.imports.leadsByExternalId('olist', ['m1', 'm2']);
    expect([...found.keys()]).toEqual(['m1']);
    expect(found.get('m1')).toMatchObject({ lead: { id: leadId, email: 'deal@acme.com' } });
  });

  it('writes history rows in bulk, read back like any transition', async () => {
    const at = Date.UTC(2024, 0, 1);
    const transitions = Array.from({ length: 250 }, (_, i) => ({
      id: newId(),
      leadId,
      from: 'lead' as const,
      to: 'mql' as const,
      at: at + i,
      actor: 'import:test',
      reason: 'imported',
      playbookVersion: 1,
    }));
    await system.stores.transaction((s) => s.imports.insertTransitions(transitions, system.clock.now()));
    const history = await system.stores.transitions.forLead(leadId);
    expect(history).toHaveLength(250);
    expect(history[0]).toEqual(transitions[0]);
  });
});
