import type { LeadFacts } from './kpi-facts.ts';

/** Where a lead of the period's MQL cohort got to, by `asOf`. */
export interface CohortOutcome {
  isCohort: boolean;
  reachedSql: boolean;
  reachedCustomer: boolean;
  /** When the cycle ends: the first won deal, else the first `customer` move; null if not a customer. */
  cycleEndAt: number | null;
}

/**
 * A lead's part in the period's cohort (first `mql` in `[from, to)`): whether it reached
 * SQL and customer before `asOf`. Deals may skip stages, so an opportunity, a customer
 * move or a won deal also counts as reaching SQL.
 *
 * @example cohortOutcome(lead, { from, to }, asOf) // { isCohort: true, reachedSql: true, reachedCustomer: false, cycleEndAt: null }
 */
export function cohortOutcome(
  f: Pick<LeadFacts, 'firstMqlAt' | 'firstSqlAt' | 'firstOpportunityAt' | 'firstCustomerAt' | 'firstWonAt'>,
  period: { from: number; to: number },
  asOf: number,
): CohortOutcome {
  const isCohort = isWithin(f.firstMqlAt, period);
  const reachedCustomer = isBefore(f.firstCustomerAt, asOf) || isBefore(f.firstWonAt, asOf);
  return {
    isCohort,
    reachedSql: reachedCustomer || isBefore(f.firstSqlAt, asOf) || isBefore(f.firstOpportunityAt, asOf),
    reachedCustomer,
    cycleEndAt: isBefore(f.firstWonAt, asOf)
      ? f.firstWonAt
      : isBefore(f.firstCustomerAt, asOf)
        ? f.firstCustomerAt
        : null,
  };
}

/** Whether an instant (null: never) falls in `[from, to)`. */
export const isWithin = (at: number | null, period: { from: number; to: number }): at is number =>
  at !== null && at >= period.from && at < period.to;

/** Whether an instant (null: never) happened before `asOf`. */
const isBefore = (at: number | null, asOf: number): at is number => at !== null && at < asOf;
