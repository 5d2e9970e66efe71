import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem } from '../../test/engines.ts';
import type { LeadFacts } from '../kpi/kpi-facts.ts';
import type { KpiStore } from '../kpi/kpi-store.ts';
import { forEachRow, loadKpis } from '../kpi/load-kpis.ts';
import { periodOf } from '../kpi/local-dates.ts';
import { withDatabase } from './sql-kpi-store.fixture.ts';

const TZ = 'America/Sao_Paulo';
/** São Paulo local time in March–April 2018 (−03:00, after DST). */
const at = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00-03:00`);
const FEB = (local: string) => Date.parse(`${local.replace(' ', 'T')}:00-02:00`);
const MARCH = periodOf('2018-03-01', '2018-04-01', TZ);

async function allLeadFacts(store: KpiStore, limit: number): Promise<LeadFacts[]> {
  const rows: LeadFacts[] = [];
  await forEachRow(
    (cursor) => store.leadFacts(MARCH, cursor, limit),
    (row) => rows.push(row),
  );
  return rows;
}

describe.each(ENGINES)('the KPI store on %s', (engine) => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await openTestSystem(engine);
    await withDatabase(system, async (seed) => {
      await seed.user('u1', 'Ana');
      await seed.lead('A', at('2018-03-02 09:00'), {
        channel: 'paid',
        campaign: 'brand',
        ownerId: 'u1',
        grade: 'A',
        fit: 70,
      });
      await seed.moves('A', [
        ['mql', at('2018-03-05 10:00')],
        ['sql', at('2018-03-06 10:00')],
        ['opportunity', at('2018-03-10 10:00')],
        ['customer', at('2018-03-20 15:00')],
      ]);
      await seed.lead('B', FEB('2018-02-10 09:00'), { channel: 'organic' });
      await seed.moves('B', [
        ['mql', at('2018-03-10 10:00')],
        ['opportunity', at('2018-03-25 10:00')],
        ['customer', at('2018-04-15 10:00')],
      ]);
      await seed.lead('E', FEB('2018-01-10 09:00'));
      await seed.moves('E', [
        ['mql', FEB('2018-01-15 10:00')],
        ['sql', at('2018-03-02 10:00')],
        ['customer', at('2018-03-28 10:00')],
      ]);
      // Re-qualified from nurture in March: its first MQL was in February.
      await seed.lead('R', FEB('2018-02-01 09:00'));
      await seed.moves('R', [
        ['mql', FEB('2018-02-10 10:00')],
        ['nurture', at('2018-02-20 10:00')],
        ['mql', at('2018-03-15 10:00')],
      ]);
      // Exactly at the period's start (in), exactly at its end (out), and merged away (out).
      await seed.lead('Z', at('2018-03-01 00:00'));
      await seed.lead('D', at('2018-04-01 00:00'));
      await seed.lead('M', at('2018-03-03 09:00'), { mergedInto: 'A' });
      await seed.deal('A', 'won', 100_000, at('2018-03-20 15:00'));
      await seed.deal('B', 'won', 50_000, at('2018-04-15 10:00'));
      await seed.deal('E', 'lost', 70_000, at('2018-03-25 10:00'));
      await seed.deal('E', 'open', 80_000, null);
      await seed.cost('2018-03', 'paid', 'brand', 310_000);
      await seed.cost('2018-02', 'paid', 'brand', 99_900);
      await seed.clock('A', 'first_touch', {
        startedAt: at('2018-03-05 10:00'),
        dueAt: at('2018-03-05 11:00'),
        metAt: at('2018-03-05 10:30'),
        ownerId: 'u1',
      });
      await seed.clock('A', 'decision', { startedAt: at('2018-03-05 10:00'), dueAt: at('2018-03-08 10:00') });
      await seed.clock('B', 'first_touch', {
        startedAt: at('2018-03-10 10:00'),
        dueAt: at('2018-03-10 11:00'),
      });
      await seed.clock('E', 'first_touch', {
        startedAt: FEB('2018-02-14 10:00'),
        dueAt: FEB('2018-02-14 11:00'),
        metAt: FEB('2018-02-16 10:00'),
      });
      await seed.decision('A', at('2018-03-06 10:00'), 'accept', { channel: 'paid', campaign: 'brand' });
      await seed.decision('R', at('2018-03-12 10:00'), 'reject', { channel: 'organic', reason: 'no_budget' });
      await seed.decision('B', at('2018-03-13 10:00'), 'reject', { channel: 'organic', reason: 'no_budget' });
      await seed.decision('E', FEB('2018-02-13 10:00'), 'reject', { reason: 'no_timing' });
      await seed.objection('A', at('2018-03-05 10:30'), 'Preço');
      await seed.objection('B', at('2018-03-06 10:30'), 'preço ');
      await seed.objection('B', at('2018-03-07 10:30'), 'timing');
      await seed.objection('B', at('2018-03-07 11:30'), null);
      await seed.objection('E', FEB('2018-02-07 10:30'), 'Preço');
    });
  });
  afterAll(async () => {
    await system.destroy();
  });

  it('reads each lead once that was created or moved in the period, with its first time at each stage', async () => {
    const facts = await allLeadFacts(system.stores.kpis, 1_000);
    expect(facts.map((f) => f.leadId).sort()).toEqual(['A', 'B', 'E', 'R', 'Z']);
    const byId = new Map(facts.map((f) => [f.leadId, f]));
    expect(byId.get('A')).toMatchObject({
      channel: 'paid',
      campaign: 'brand',
      ownerId: 'u1',
      ownerName: 'Ana',
      grade: 'A',
      fit: 70,
      firstMqlAt: at('2018-03-05 10:00'),
      firstSqlAt: at('2018-03-06 10:00'),
      firstCustomerAt: at('2018-03-20 15:00'),
      firstWonAt: at('2018-03-20 15:00'),
    });
    expect(byId.get('R')?.firstMqlAt).toBe(FEB('2018-02-10 10:00'));
    expect(byId.get('B')).toMatchObject({ firstSqlAt: null, firstWonAt: at('2018-04-15 10:00') });
  });

  it('pages through every source without losing or repeating a lead, even one row at a time', async () => {
    const oneByOne = await allLeadFacts(system.stores.kpis, 1);
    expect(oneByOne.map((f) => f.leadId).sort()).toEqual(['A', 'B', 'E', 'R', 'Z']);
  });

  it('reads won and lost deals closed in the period with their lead’s groups, in pages', async () => {
    const deals: { leadId: string; status: string; amountCents: number; firstMqlAt: number | null }[] = [];
    await forEachRow(
      (cursor) => system.stores.kpis.closedDeals(MARCH, cursor, 1),
      (d) => deals.push(d),
    );
    expect(deals).toEqual([
      expect.objectContaining({
        leadId: 'A',
        status: 'won',
        amountCents: 100_000,
        firstMqlAt: at('2018-03-05 10:00'),
        channel: 'paid',
      }),
      expect.objectContaining({
        leadId: 'E',
        status: 'lost',
        amountCents: 70_000,
        firstMqlAt: FEB('2018-01-15 10:00'),
      }),
    ]);
  });

  it('reads the costs of the months asked for', async () => {
    const costs = await system.stores.kpis.costs(['2018-03']);
    expect(costs).toEqual([
      { month: '2018-03', channel: 'paid', campaign: 'brand', amountCents: 310_000, currency: 'BRL' },
    ]);
    expect(await system.stores.kpis.costs([])).toEqual([]);
  });

  it('reads first-touch clocks started in the period, with the rep they ran for', async () => {
    const page = await system.stores.kpis.firstTouches(MARCH, null, 10);
    expect(page.next).toBeNull();
    expect(page.rows).toEqual([
      expect.objectContaining({
        leadId: 'A',
        ownerId: 'u1',
        ownerName: 'Ana',
        metAt: at('2018-03-05 10:30'),
      }),
      expect.objectContaining({ leadId: 'B', ownerId: null, metAt: null, channel: 'organic' }),
    ]);
  });

  it('counts decisions by channel, campaign and reason, and objections as typed', async () => {
    const decisions = await system.stores.kpis.decisionCounts(MARCH);
    expect(decisions).toHaveLength(2);
    expect(decisions).toContainEqual({
      channel: 'organic',
      campaign: null,
      decision: 'reject',
      reasonCode: 'no_budget',
      count: 2,
    });
    const objections = await system.stores.kpis.objectionCounts(MARCH);
    expect(objections.sort((a, b) => a.objection.localeCompare(b.objection))).toEqual([
      { objection: 'Preço', count: 1 },
      { objection: 'preço ', count: 1 },
      { objection: 'timing', count: 1 },
    ]);
  });

  it('finds clocks past due and still open at a moment, oldest first', async () => {
    const atEnd = await system.stores.kpis.openBreaches(at('2018-04-01 00:00'), 10);
    expect(atEnd.total).toBe(2); // A's decision clock (due 8 March) and B's first touch (10 March)
    expect(atEnd.items.map((b) => [b.leadId, b.kind])).toEqual([
      ['A', 'decision'],
      ['B', 'first_touch'],
    ]);
    expect(atEnd.items[1]).toMatchObject({ leadName: 'Lead B', leadEmail: 'b@cliente.com.br' });
    // On 15 February E's clock was breached; it was met on the 16th.
    expect((await system.stores.kpis.openBreaches(FEB('2018-02-15 00:00'), 10)).total).toBe(1);
    expect((await system.stores.kpis.openBreaches(FEB('2018-02-17 00:00'), 10)).total).toBe(0);
  });

  it('computes the period’s KPIs from storage as the glossary defines them', async () => {
    const { totals } = await loadKpis(system.stores.kpis, {
      period: MARCH,
      asOf: at('2018-06-01 00:00'),
      timeZone: TZ,
      calendar: { businessMinutesBetween: (from, to) => (to - from) / 60_000 },
      money: { currency: 'BRL', grossMargin: 0.5, expectedLifetimeMonths: 12 },
      mqlsPerMonth: 2,
    });
    // Created: A, Z. First MQL: A, B (R's was in February). SQL: A, E. Customers: A, E.
    expect(totals).toMatchObject({ leads: 2, mqls: 2, sqls: 2, opportunities: 2, customers: 2 });
    // Cohort A, B: both reach SQL (B by opportunity) and customer by June. Cycles 15 and 36 days.
    expect(totals).toMatchObject({ mqlToSqlRate: 1, mqlToCustomerRate: 1, medianCycleDays: 25.5 });
    expect(totals).toMatchObject({ revenue: 1000, wonDeals: 1, winRate: 0.5, cost: 3100, cac: 1550 });
    expect(totals).toMatchObject({
      speedToLeadMedianMinutes: 30,
      firstTouchSlaCompliance: 0.5,
      mqlCommitmentAttainment: 1,
    });
  });
});
