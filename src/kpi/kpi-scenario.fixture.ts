import type { KpiDimension, KpiInput, KpiSettings } from './compute-kpis.ts';
import type { CostFact, DealFact, Dimensions, FirstTouchFact, LeadFacts } from './kpi-facts.ts';
import { periodOf } from './local-dates.ts';

/**
 * A small, hand-computed March 2018 in São Paulo (−03:00 then; DST ended on 18 Feb), for
 * the pure KPI tests. Every expected figure in the tests is worked out in comments there.
 */
export const TZ = 'America/Sao_Paulo';
/** A local São Paulo time after DST ended in 2018: `at('2018-03-05 10:00')`. */
export const at = (local: string): number => Date.parse(`${local.replace(' ', 'T')}:00-03:00`);

const NO_DIMENSIONS: Dimensions = {
  channel: null,
  campaign: null,
  ownerId: null,
  ownerName: null,
  firstMqlAt: null,
};

export const lead = (id: string, facts: Partial<LeadFacts>): LeadFacts => ({
  ...NO_DIMENSIONS,
  leadId: id,
  createdAt: at('2017-01-01 00:00'),
  grade: null,
  fit: null,
  firstSqlAt: null,
  firstOpportunityAt: null,
  firstCustomerAt: null,
  firstWonAt: null,
  ...facts,
});

export const deal = (
  id: string,
  facts: Partial<DealFact> & Pick<DealFact, 'status' | 'closedAt'>,
): DealFact => ({
  ...NO_DIMENSIONS,
  dealId: id,
  externalId: null,
  leadId: `lead-of-${id}`,
  name: id,
  dealOwner: null,
  amountCents: 0,
  currency: 'BRL',
  ...facts,
});

export const cost = (month: string, channel: string, campaign: string, amountCents: number): CostFact => ({
  month,
  channel,
  campaign,
  amountCents,
  currency: 'BRL',
});

export const firstTouch = (facts: Partial<FirstTouchFact> & Pick<FirstTouchFact, 'startedAt' | 'dueAt'>) => ({
  ...NO_DIMENSIONS,
  leadId: 'x',
  metAt: null,
  stoppedAt: null,
  ...facts,
});

const paid = { channel: 'paid', campaign: 'brand', ownerId: 'u1', ownerName: 'Ana' };
const organic = { channel: 'organic', campaign: null, ownerId: 'u2', ownerName: 'Bia' };

/** Seven leads, six deals, five costs and five first-touch clocks around March 2018. */
export const MARCH: KpiInput = {
  leads: [
    lead('A', {
      ...paid,
      createdAt: at('2018-03-02 09:00'),
      firstMqlAt: at('2018-03-05 10:00'),
      firstSqlAt: at('2018-03-06 10:00'),
      firstOpportunityAt: at('2018-03-10 10:00'),
      firstCustomerAt: at('2018-03-20 15:00'),
      firstWonAt: at('2018-03-20 15:00'),
    }),
    // Created before March; reaches opportunity without an SQL transition, customer in April.
    lead('B', {
      ...organic,
      createdAt: at('2018-02-20 09:00'),
      firstMqlAt: at('2018-03-10 10:00'),
      firstOpportunityAt: at('2018-03-25 10:00'),
      firstCustomerAt: at('2018-04-15 10:00'),
      firstWonAt: at('2018-04-15 10:00'),
    }),
    lead('C', { ...paid, createdAt: at('2018-03-03 09:00'), firstMqlAt: at('2018-03-12 10:00') }),
    lead('D', {
      ...paid,
      campaign: 'promo',
      ownerId: null,
      ownerName: null,
      createdAt: at('2018-03-04 09:00'),
    }),
    // MQL in January (not in the cohort), SQL and customer in March.
    lead('E', {
      createdAt: at('2018-01-10 09:00'),
      firstMqlAt: Date.parse('2018-01-15T10:00:00-02:00'),
      firstSqlAt: at('2018-03-02 10:00'),
      firstCustomerAt: at('2018-03-28 10:00'),
      firstWonAt: at('2018-03-28 10:00'),
    }),
    // Its deal was won the day before its MQL date: a cycle of -1 day, counted as 0.
    lead('F', {
      ...organic,
      createdAt: at('2018-03-15 09:00'),
      firstMqlAt: at('2018-03-30 23:30'),
      firstCustomerAt: at('2018-03-29 10:00'),
      firstWonAt: at('2018-03-29 10:00'),
    }),
    // Reaches SQL only after the default asOf (2018-06-01).
    lead('G', {
      createdAt: at('2018-03-31 10:00'),
      firstMqlAt: at('2018-03-31 11:00'),
      firstSqlAt: at('2018-07-01 10:00'),
    }),
  ],
  deals: [
    deal('A1', {
      ...paid,
      firstMqlAt: at('2018-03-05 10:00'),
      status: 'won',
      closedAt: at('2018-03-20 15:00'),
      amountCents: 100_000,
    }),
    deal('E1', {
      firstMqlAt: Date.parse('2018-01-15T10:00:00-02:00'),
      status: 'won',
      closedAt: at('2018-03-28 10:00'),
      amountCents: 200_000,
    }),
    deal('F1', {
      ...organic,
      firstMqlAt: at('2018-03-30 23:30'),
      status: 'won',
      closedAt: at('2018-03-29 10:00'),
      amountCents: 60_000,
    }),
    deal('C1', {
      ...paid,
      firstMqlAt: at('2018-03-12 10:00'),
      status: 'lost',
      closedAt: at('2018-03-25 10:00'),
      amountCents: 50_000,
    }),
    // Outside the period, and in another currency: left out.
    deal('B1', { ...organic, status: 'won', closedAt: at('2018-04-15 10:00'), amountCents: 999_999 }),
    deal('X1', {
      ...paid,
      status: 'won',
      closedAt: at('2018-03-21 10:00'),
      amountCents: 70_000,
      currency: 'USD',
    }),
  ],
  costs: [
    cost('2018-03', 'paid', 'brand', 310_000),
    cost('2018-03', 'organic', '', 62_000),
    // A channel without a single lead still costs.
    cost('2018-03', 'events', '', 27_900),
    cost('2018-02', 'paid', 'brand', 99_900),
    { ...cost('2018-03', 'paid', 'brand', 1_000), currency: 'USD' },
  ],
  firstTouches: [
    firstTouch({
      ...paid,
      firstMqlAt: at('2018-03-05 10:00'),
      startedAt: at('2018-03-05 10:00'),
      dueAt: at('2018-03-05 11:00'),
      metAt: at('2018-03-05 10:30'),
    }),
    firstTouch({
      ...paid,
      firstMqlAt: at('2018-03-12 10:00'),
      startedAt: at('2018-03-12 10:00'),
      dueAt: at('2018-03-12 11:00'),
      metAt: at('2018-03-12 12:00'),
    }),
    // Never touched: breached by asOf.
    firstTouch({
      ...organic,
      firstMqlAt: at('2018-03-10 10:00'),
      startedAt: at('2018-03-10 10:00'),
      dueAt: at('2018-03-10 11:00'),
    }),
    // Rejected before its due time: no outcome.
    firstTouch({
      ownerId: 'u2',
      ownerName: 'Bia',
      startedAt: at('2018-03-31 10:00'),
      dueAt: at('2018-03-31 11:00'),
      stoppedAt: at('2018-03-31 10:15'),
    }),
    firstTouch({
      ...paid,
      startedAt: at('2018-02-28 10:00'),
      dueAt: at('2018-02-28 11:00'),
      metAt: at('2018-02-28 10:05'),
    }),
  ],
};

/** Every minute counts as business time: speed to lead in plain minutes. */
export const ALL_MINUTES = { businessMinutesBetween: (from: number, to: number) => (to - from) / 60_000 };

export const marchSettings = (overrides: Partial<KpiSettings> & { by?: KpiDimension } = {}): KpiSettings => ({
  period: periodOf('2018-03-01', '2018-04-01', TZ),
  asOf: at('2018-06-01 00:00'),
  timeZone: TZ,
  calendar: ALL_MINUTES,
  money: { currency: 'BRL', grossMargin: 0.5, expectedLifetimeMonths: 12 },
  mqlsPerMonth: 4,
  ...overrides,
});
