import { describe, expect, it } from 'vitest';
import { computeKpis } from './compute-kpis.ts';
import { KPI_NAMES } from './glossary.ts';
import { at, cost, deal, lead, MARCH, marchSettings, TZ } from './kpi-scenario.fixture.ts';
import { periodOf } from './local-dates.ts';

const EMPTY = { leads: [], deals: [], costs: [], firstTouches: [] };

describe('computeKpis over a hand-computed March 2018', () => {
  const { totals, ignored, currency } = computeKpis(MARCH, marchSettings());

  it('counts leads created and leads whose first move to each stage falls in the period', () => {
    // Created in March: A, C, D, F, G. First MQL in March: A, B, C, F, G (E was MQL in January).
    // First SQL in March: A, E. Opportunity: A, B. Customer: A, E, F (B became one in April).
    expect(totals).toMatchObject({ leads: 5, mqls: 5, sqls: 2, opportunities: 2, customers: 3 });
  });

  it('converts the cohort by asOf, counting an opportunity without an SQL as reaching SQL', () => {
    // Cohort A, B, C, F, G. SQL: A (sql), B (opportunity only), F (won) = 3 of 5; G's SQL is after asOf.
    // Customer: A, B (15 April < asOf 1 June), F = 3 of 5.
    expect(totals.mqlToSqlRate).toBe(0.6);
    expect(totals.mqlToCustomerRate).toBe(0.6);
    const later = computeKpis(MARCH, marchSettings({ asOf: at('2018-08-01 00:00') })).totals;
    expect(later.mqlToSqlRate).toBe(0.8);
  });

  it('measures the cycle in local calendar days and counts a deal won before its MQL as 0 days', () => {
    // A: 5 → 20 March = 15; B: 10 March → 15 April = 36; F: won 29 March, MQL 30 March = -1 → 0.
    expect(totals.medianCycleDays).toBe(15);
    expect(totals.meanCycleDays).toBe(17);
  });

  it('adds won deals closed in the period in currency units and leaves other currencies out', () => {
    // Won in March: A1 1,000 + E1 2,000 + F1 600 = 3,600; C1 lost; B1 closed in April; X1 in USD.
    expect(totals).toMatchObject({ wonDeals: 3, revenue: 3600, averageDealValue: 1200, winRate: 0.75 });
    expect(ignored).toEqual({ deals: 1, costs: 1 });
    expect(currency).toBe('BRL');
  });

  it('adds March costs, including a channel without leads, and not February’s', () => {
    // 3,100 + 620 + 279 = 3,999.
    expect(totals.cost).toBe(3999);
    expect(totals.cpl).toBe(799.8); // 3,999 / 5 leads
    expect(totals.costPerMql).toBe(799.8); // 3,999 / 5 MQLs
    expect(totals.cac).toBe(1333); // 3,999 / 3 new customers
    expect(totals.roi).toBeCloseTo((3600 - 3999) / 3999, 12);
  });

  it('values a customer by the average deal as monthly revenue, margin and lifetime', () => {
    // 1,200 × 0.5 × 12 = 7,200; LTV:CAC = 7,200 / 1,333.
    expect(totals.ltv).toBe(7200);
    expect(totals.ltvToCac).toBeCloseTo(7200 / 1333, 12);
    const noMargin = marchSettings({
      money: { currency: 'BRL', grossMargin: null, expectedLifetimeMonths: 12 },
    });
    expect(computeKpis(MARCH, noMargin).totals).toMatchObject({ ltv: null, ltvToCac: null });
  });

  it('measures speed to lead on met first-touch clocks and compliance on clocks with an outcome', () => {
    // Met: 30 and 120 minutes → median 75, p90 (nearest rank 2 of 2) 120. Known: met in time,
    // met late, breached untouched = 3, one in time. Stopped before due and February's: left out.
    expect(totals.speedToLeadMedianMinutes).toBe(75);
    expect(totals.speedToLeadP90Minutes).toBe(120);
    expect(totals.firstTouchSlaCompliance).toBeCloseTo(1 / 3, 12);
  });

  it('leaves a clock still running at asOf out, and counts one met after asOf as breached', () => {
    const running = computeKpis(MARCH, marchSettings({ asOf: at('2018-03-12 10:45') })).totals;
    // At 12 March 10:45: A's clock met in time, B's breached; C's (due 11:00) still running.
    expect(running.firstTouchSlaCompliance).toBe(0.5);
    expect(running.speedToLeadMedianMinutes).toBe(30);
  });

  it('prorates the monthly MQL commitment and compares the MQLs with it', () => {
    expect(totals.mqlCommitment).toBe(4);
    expect(totals.mqlCommitmentAttainment).toBe(1.25);
    const noCommitment = computeKpis(MARCH, marchSettings({ mqlsPerMonth: null })).totals;
    expect(noCommitment).toMatchObject({ mqlCommitment: null, mqlCommitmentAttainment: null });
  });

  it('answers every metric of the glossary', () => {
    expect(Object.keys(totals).sort()).toEqual([...KPI_NAMES].sort());
  });
});

describe('computeKpis edge cases', () => {
  it('gives null rates, ratios and medians when there are no MQLs at all', () => {
    const { totals } = computeKpis(EMPTY, marchSettings());
    // With a commitment of 4 and no MQL, attainment is 0, not null.
    expect(totals).toMatchObject({ leads: 0, mqls: 0, revenue: 0, mqlCommitmentAttainment: 0 });
    const defined = ['leads', 'mqls', 'sqls', 'opportunities', 'customers', 'wonDeals', 'revenue'];
    for (const name of KPI_NAMES.filter((n) => !defined.includes(n) && !n.startsWith('mqlCommitment'))) {
      expect(totals[name], name).toBeNull();
    }
  });

  it('leaves cost unknown (null), not zero, when no cost was recorded', () => {
    const leads = [lead('L', { createdAt: at('2018-03-02 09:00'), firstCustomerAt: at('2018-03-03 09:00') })];
    const { totals } = computeKpis({ ...EMPTY, leads }, marchSettings());
    expect(totals).toMatchObject({ leads: 1, customers: 1, cost: null, cpl: null, cac: null, roi: null });
    const zero = computeKpis(
      { ...EMPTY, leads, costs: [cost('2018-03', 'events', '', 0)] },
      marchSettings(),
    ).totals;
    expect(zero).toMatchObject({ cost: 0, cpl: 0, cac: 0, roi: null });
  });

  it('counts costs without leads: a cost, a ROI of -100% and no cost per lead', () => {
    const { totals } = computeKpis(
      { ...EMPTY, costs: [cost('2018-03', 'events', '', 50_000)] },
      marchSettings(),
    );
    expect(totals).toMatchObject({ cost: 500, cpl: null, costPerMql: null, cac: null, roi: -1, leads: 0 });
  });

  it('prorates costs and the commitment by the calendar days of each month inside the period', () => {
    const week = { period: periodOf('2018-03-01', '2018-03-08', TZ), mqlsPerMonth: 31 };
    const { totals } = computeKpis(
      { ...EMPTY, costs: [cost('2018-03', 'paid', 'brand', 310_000)] },
      marchSettings(week),
    );
    expect(totals.cost).toBe(700); // 3,100 × 7/31
    expect(totals.mqlCommitment).toBe(7); // 31 × 7/31
    const across = { period: periodOf('2018-01-29', '2018-02-05', TZ), mqlsPerMonth: 80 };
    const costs = [cost('2018-01', 'paid', '', 31_000), cost('2018-02', 'paid', '', 28_000)];
    const spanning = computeKpis({ ...EMPTY, costs }, marchSettings(across)).totals;
    expect(spanning.cost).toBe(70); // 310 × 3/31 + 280 × 4/28
    expect(spanning.mqlCommitment).toBeCloseTo(80 * (3 / 31) + 80 * (4 / 28), 2);
  });

  it('cuts days at local midnight with the DST of the date (February 2018 started at -02:00)', () => {
    const february = { period: periodOf('2018-02-01', '2018-03-01', TZ) };
    const leads = [
      lead('in', { createdAt: Date.parse('2018-02-01T00:30:00-02:00') }),
      lead('out', { createdAt: Date.parse('2018-01-31T23:30:00-02:00') }),
      // MQL on the 17th at 23:30 (-02:00), won on the 18th at 23:30 (-03:00, DST over): 1 day.
      lead('dst', {
        firstMqlAt: Date.parse('2018-02-17T23:30:00-02:00'),
        firstCustomerAt: Date.parse('2018-02-18T23:30:00-03:00'),
        firstWonAt: Date.parse('2018-02-18T23:30:00-03:00'),
      }),
    ];
    const { totals } = computeKpis({ ...EMPTY, leads }, marchSettings(february));
    expect(totals.leads).toBe(1);
    expect(totals.medianCycleDays).toBe(1);
  });

  it('ends the cycle at the customer move when the customer has no recorded deal', () => {
    const leads = [
      lead('manual', { firstMqlAt: at('2018-03-01 09:00'), firstCustomerAt: at('2018-03-11 09:00') }),
    ];
    expect(computeKpis({ ...EMPTY, leads }, marchSettings()).totals.medianCycleDays).toBe(10);
  });

  it('ignores open deals and deals closed outside the period', () => {
    const deals = [
      deal('open', { status: 'open', closedAt: at('2018-03-10 10:00'), amountCents: 1 }),
      deal('before', { status: 'won', closedAt: at('2018-02-28 23:59'), amountCents: 1 }),
    ];
    expect(computeKpis({ ...EMPTY, deals }, marchSettings()).totals).toMatchObject({
      wonDeals: 0,
      winRate: null,
    });
  });

  it('counts business minutes with the calendar it is given', () => {
    const calendar = { businessMinutesBetween: (from: number, to: number) => (to - from) / 120_000 };
    const { totals } = computeKpis(MARCH, marchSettings({ calendar }));
    expect(totals.speedToLeadMedianMinutes).toBe(37.5); // half of 75
  });
});
