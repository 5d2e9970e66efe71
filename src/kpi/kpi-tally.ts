import type { KpiValues } from './glossary.ts';
import { mean, median, percentileNearestRank } from './stats.ts';

/** The playbook's money assumptions, read loosely (the section is not validated yet). */
export interface MoneyAssumptions {
  currency: string;
  /** 0–1; null when the playbook does not say. */
  grossMargin: number | null;
  expectedLifetimeMonths: number | null;
}

/**
 * The running counts behind one row of KPIs (the totals or one group). Money stays in
 * cents, unrounded (costs are prorated), until `kpiValues`.
 */
export class KpiTally {
  leads = 0;
  mqls = 0;
  sqls = 0;
  opportunities = 0;
  customers = 0;
  /** Of the `mqls` cohort: reached SQL / customer before `asOf`. */
  cohortSql = 0;
  cohortCustomer = 0;
  readonly cycleDays: number[] = [];
  wonDeals = 0;
  lostDeals = 0;
  revenueCents = 0;
  costCents = 0;
  /** Whether any cost row landed here: without one the cost is unknown (null), not zero. */
  hasCost = false;
  readonly speedMinutes: number[] = [];
  firstTouchKnown = 0;
  firstTouchInTime = 0;
  /** MQLs committed for this row's share of the period; null: no commitment applies. */
  commitment: number | null = null;
}

const ratio = (part: number | null, whole: number | null): number | null =>
  part === null || whole === null || whole === 0 ? null : part / whole;

/** To two decimals (money: the cent), without `-0`. */
const round2 = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 100) / 100 + 0;

/**
 * The metrics of one row, by the glossary's definitions: counts as counted, rates as
 * fractions, money in currency units rounded to the cent (ratios use unrounded money).
 *
 * @example kpiValues(tally, { currency: 'BRL', grossMargin: 0.7, expectedLifetimeMonths: 24 }).cac
 */
export function kpiValues(t: KpiTally, money: MoneyAssumptions): KpiValues {
  const revenue = t.revenueCents / 100;
  const cost = t.hasCost ? t.costCents / 100 : null;
  const averageDealValue = ratio(revenue, t.wonDeals);
  const cac = ratio(cost, t.customers);
  const ltv =
    averageDealValue === null || money.grossMargin === null || money.expectedLifetimeMonths === null
      ? null
      : averageDealValue * money.grossMargin * money.expectedLifetimeMonths;
  return {
    leads: t.leads,
    mqls: t.mqls,
    sqls: t.sqls,
    opportunities: t.opportunities,
    customers: t.customers,
    wonDeals: t.wonDeals,
    revenue: round2(revenue),
    cost: round2(cost),
    mqlToSqlRate: ratio(t.cohortSql, t.mqls),
    mqlToCustomerRate: ratio(t.cohortCustomer, t.mqls),
    medianCycleDays: median(t.cycleDays),
    meanCycleDays: mean(t.cycleDays),
    speedToLeadMedianMinutes: median(t.speedMinutes),
    speedToLeadP90Minutes: percentileNearestRank(t.speedMinutes, 90),
    firstTouchSlaCompliance: ratio(t.firstTouchInTime, t.firstTouchKnown),
    cpl: round2(ratio(cost, t.leads)),
    costPerMql: round2(ratio(cost, t.mqls)),
    cac: round2(cac),
    averageDealValue: round2(averageDealValue),
    winRate: ratio(t.wonDeals, t.wonDeals + t.lostDeals),
    ltv: round2(ltv),
    ltvToCac: ratio(ltv, cac),
    roi: cost === null ? null : ratio(revenue - cost, cost),
    mqlCommitment: round2(t.commitment),
    mqlCommitmentAttainment: ratio(t.mqls, t.commitment),
  };
}
