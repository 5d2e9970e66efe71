import type { LocalizedText } from '../playbook/localized-text.ts';

/**
 * The shared KPIs, by the names the API, the CLI and the UI use. The order is the order
 * of every table and of `docs/kpis.md`.
 */
export const KPI_NAMES = [
  'leads',
  'mqls',
  'sqls',
  'opportunities',
  'customers',
  'wonDeals',
  'revenue',
  'cost',
  'mqlToSqlRate',
  'mqlToCustomerRate',
  'medianCycleDays',
  'meanCycleDays',
  'speedToLeadMedianMinutes',
  'speedToLeadP90Minutes',
  'firstTouchSlaCompliance',
  'cpl',
  'costPerMql',
  'cac',
  'averageDealValue',
  'winRate',
  'ltv',
  'ltvToCac',
  'roi',
  'mqlCommitment',
  'mqlCommitmentAttainment',
] as const;

export type KpiName = (typeof KPI_NAMES)[number];

/**
 * `rate`: a fraction 0–1 shown as a percentage (ROI may fall outside); `ratio`: times
 * (LTV:CAC of 3 is 3×); `money`: currency units, not cents; `days`: calendar days;
 * `minutes`: business minutes of the playbook's calendar.
 */
export const KPI_UNITS = ['count', 'money', 'rate', 'ratio', 'days', 'minutes'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/** One metric as both teams read it, in the product and in `docs/kpis.md`. */
export interface KpiDefinition {
  name: KpiName;
  unit: KpiUnit;
  label: LocalizedText;
  definition: LocalizedText;
}

/** Every value of one row of a KPI answer; null when undefined (nothing to divide by). */
export type KpiValues = Record<KpiName, number | null>;
