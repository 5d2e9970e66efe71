import { describe, expect, it } from 'vitest';
import { computeKpis, type KpiGroup } from './compute-kpis.ts';
import { MARCH, marchSettings } from './kpi-scenario.fixture.ts';

const byKey = (groups: KpiGroup[]) => new Map(groups.map((g) => [g.key, g]));

describe('computeKpis groups of the hand-computed March 2018', () => {
  it('groups by the first-touch channel, with costs of their channel and a channel of costs alone', () => {
    const { groups } = computeKpis(MARCH, marchSettings({ by: 'channel' }));
    expect(groups.map((g) => g.key)).toEqual(['events', 'organic', 'paid', null]);
    const g = byKey(groups);
    // paid: A, C, D created; A, C MQLs; A won 1,000, C lost; cost 3,100; clocks 30 min in time, 120 late.
    expect(g.get('paid')).toMatchObject({
      leads: 3,
      mqls: 2,
      sqls: 1,
      customers: 1,
      mqlToSqlRate: 0.5,
      revenue: 1000,
      winRate: 0.5,
      cost: 3100,
      cac: 3100,
      speedToLeadMedianMinutes: 75,
      firstTouchSlaCompliance: 0.5,
      mqlCommitment: null,
    });
    // organic: F created; B and F MQLs, both customers (cycles 36 and 0); cost 620.
    expect(g.get('organic')).toMatchObject({
      leads: 1,
      mqls: 2,
      mqlToCustomerRate: 1,
      meanCycleDays: 18,
      cost: 620,
    });
    expect(g.get('events')).toMatchObject({ leads: 0, cost: 279, cpl: null, roi: -1 });
    // No channel: E (SQL and customer in March, won 2,000) and G (created, MQL).
    expect(g.get(null)).toMatchObject({
      leads: 1,
      mqls: 1,
      sqls: 1,
      customers: 1,
      revenue: 2000,
      cost: null,
    });
  });

  it('groups costs of a whole channel (empty campaign) with the leads without a campaign', () => {
    const g = byKey(computeKpis(MARCH, marchSettings({ by: 'campaign' })).groups);
    expect(g.get('brand')).toMatchObject({ leads: 2, cost: 3100 });
    expect(g.get('promo')).toMatchObject({ leads: 1, cost: null, cpl: null }); // no cost recorded: unknown
    expect(g.get(null)).toMatchObject({ cost: 899 }); // 620 + 279
  });

  it('groups by owner with names, puts every cost in the null owner, and leaves named owners’ cost unknown', () => {
    const { groups } = computeKpis(MARCH, marchSettings({ by: 'owner' }));
    const g = byKey(groups);
    expect(g.get('u1')).toMatchObject({ name: 'Ana', leads: 2, mqls: 2, cost: null, cpl: null, roi: null });
    expect(g.get('u2')).toMatchObject({ name: 'Bia', mqls: 2, firstTouchSlaCompliance: 0 });
    expect(g.get(null)).toMatchObject({ name: null, cost: 3999 });
  });

  it('groups by the month of the first MQL, with each month’s costs and share of the commitment', () => {
    const { groups } = computeKpis(MARCH, marchSettings({ by: 'month' }));
    expect(groups.map((g) => g.key)).toEqual(['2018-01', '2018-03', null]);
    const g = byKey(groups);
    // E became MQL in January (-02:00): its March SQL, customer and deal belong to January.
    expect(g.get('2018-01')).toMatchObject({
      mqls: 0,
      sqls: 1,
      customers: 1,
      revenue: 2000,
      mqlCommitment: null,
    });
    expect(g.get('2018-03')).toMatchObject({
      leads: 4,
      mqls: 5,
      cost: 3999,
      mqlCommitment: 4,
      mqlCommitmentAttainment: 1.25,
    });
    expect(g.get(null)).toMatchObject({ leads: 1, mqls: 0 }); // D, never MQL
  });

  it('keeps totals the same whatever the grouping', () => {
    const plain = computeKpis(MARCH, marchSettings()).totals;
    for (const by of ['channel', 'campaign', 'owner', 'month'] as const) {
      expect(computeKpis(MARCH, marchSettings({ by })).totals).toEqual(plain);
    }
    expect(computeKpis(MARCH, marchSettings()).groups).toEqual([]);
  });
  it('groups by the ISO week of the first MQL, with each week’s days of the monthly costs and commitment', () => {
    const { groups, totals } = computeKpis(MARCH, marchSettings({ by: 'week' }));
    // March 2018 runs from Thursday 1 (W09) to Saturday 31 (W13); E’s MQL week is in January.
    expect(groups.map((g) => g.key)).toEqual([
      '2018-W03',
      '2018-W09',
      '2018-W10',
      '2018-W11',
      '2018-W12',
      '2018-W13',
      null,
    ]);
    const g = byKey(groups);
    // March’s costs are 3,999 (129 a day) and the commitment 4 (4/31 a day): W09 has 4 days, W10 7, W13 6.
    expect(g.get('2018-W09')).toMatchObject({ mqls: 0, cost: 516, mqlCommitment: 0.52 });
    expect(g.get('2018-W10')).toMatchObject({ mqls: 2, leads: 1, cost: 903, mqlCommitment: 0.9 });
    expect(g.get('2018-W10')?.mqlCommitmentAttainment).toBeCloseTo(2 / (28 / 31), 10);
    expect(g.get('2018-W13')).toMatchObject({ mqls: 2, cost: 774, mqlCommitment: 0.77 });
    expect(g.get('2018-W03')).toMatchObject({
      mqls: 0,
      sqls: 1,
      revenue: 2000,
      cost: null,
      mqlCommitment: null,
    });
    expect(g.get(null)).toMatchObject({ leads: 1, mqls: 0, cost: null });
    const sum = (name: 'cost' | 'mqls') => groups.reduce((s, group) => s + (group[name] ?? 0), 0);
    expect(sum('cost')).toBeCloseTo(3999, 6);
    expect(sum('mqls')).toBe(5);
    expect(totals).toEqual(computeKpis(MARCH, marchSettings()).totals);
  });
});
