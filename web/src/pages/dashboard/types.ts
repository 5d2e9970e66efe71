/**
 * The shapes of the report endpoints the dashboard, feedback and weekly pages read
 * (src/http/reports/reports.schemas.ts is the truth; these mirror it).
 */

export type KpiName =
  | 'leads'
  | 'mqls'
  | 'sqls'
  | 'opportunities'
  | 'customers'
  | 'wonDeals'
  | 'revenue'
  | 'cost'
  | 'mqlToSqlRate'
  | 'mqlToCustomerRate'
  | 'medianCycleDays'
  | 'meanCycleDays'
  | 'speedToLeadMedianMinutes'
  | 'speedToLeadP90Minutes'
  | 'firstTouchSlaCompliance'
  | 'cpl'
  | 'costPerMql'
  | 'cac'
  | 'averageDealValue'
  | 'winRate'
  | 'ltv'
  | 'ltvToCac'
  | 'roi'
  | 'mqlCommitment'
  | 'mqlCommitmentAttainment';

export type KpiUnit = 'count' | 'money' | 'rate' | 'ratio' | 'days' | 'minutes';
export type KpiValues = Record<KpiName, number | null>;

export const GROUPINGS = ['channel', 'campaign', 'owner', 'month', 'week'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface KpiGroup extends KpiValues {
  key: string | null;
  name?: string | null;
}

/** `GET /api/v1/kpis`. */
export interface KpiAnswer {
  from: string;
  to: string;
  asOf: string;
  timeZone: string;
  by: Grouping | null;
  currency: string;
  totals: KpiValues;
  groups: KpiGroup[];
  ignored: { deals: number; costs: number };
}

export interface Localized {
  'pt-BR': string;
  en: string;
}

/** `GET /api/v1/kpis/glossary`. */
export interface Glossary {
  rules: Array<{ title: Localized; text: Localized }>;
  metrics: Array<{ name: KpiName; unit: KpiUnit; label: Localized; definition: Localized }>;
  reports: Array<{ title: Localized; text: Localized }>;
}

/** The counts a person can open to see the leads behind them. */
export type DrillMetric = 'leads' | 'mqls' | 'sqls' | 'opportunities' | 'customers';

/** `GET /api/v1/kpis/leads`. */
export interface KpiLeadsPage {
  items: Array<{
    leadId: string;
    name: string | null;
    email: string | null;
    company: string | null;
    stage: string;
    at: string;
    channel: string | null;
    campaign: string | null;
    ownerId: string | null;
    ownerName: string | null;
    grade: string | null;
  }>;
  nextCursor: string | null;
}

export interface ConversionRow {
  key: string | null;
  mqls: number;
  reachedSql: number;
  reachedCustomer: number;
  mqlToSqlRate: number | null;
  mqlToCustomerRate: number | null;
}

export interface ReasonCount {
  reasonCode: string | null;
  label: Localized | null;
  count: number;
  share: number;
}

/** `GET /api/v1/reports/feedback`. */
export interface FeedbackReport {
  from: string;
  to: string;
  asOf: string;
  rejectionsByReason: ReasonCount[];
  rejectionsBySource: Array<{
    channel: string | null;
    campaign: string | null;
    reasonCode: string | null;
    count: number;
  }>;
  acceptanceByChannel: Array<{
    channel: string | null;
    accepted: number;
    rejected: number;
    acceptanceRate: number | null;
  }>;
  conversionByGrade: ConversionRow[];
  conversionByFitBand: ConversionRow[];
  objections: Array<{ objection: string; count: number }>;
}

/** `GET /api/v1/reports/weekly?format=json`. */
export interface WeeklyReview {
  week: string;
  fromDate: string;
  toDate: string;
  timeZone: string;
  currency: string;
  asOf: string;
  totals: KpiValues;
  previousWeeks: Array<{ week: string; totals: KpiValues }>;
  changes: Array<{
    name: KpiName;
    value: number;
    baseline: number;
    relativeChange: number | null;
    sentence: Localized;
  }>;
  byOwner: KpiGroup[];
  byChannel: KpiGroup[];
  acceptance: { accepted: number; rejected: number; rate: number | null; minimum: number | null };
  rejectionsByReason: ReasonCount[];
  objections: Array<{ objection: string; count: number }>;
  wonDeals: Array<{
    dealId: string;
    externalId: string | null;
    name: string | null;
    amount: number;
    currency: string;
    closedAt: string;
    channel: string | null;
    ownerName: string | null;
  }>;
  openBreaches: {
    total: number;
    items: Array<{
      leadId: string;
      leadName: string | null;
      leadEmail: string | null;
      ownerId: string | null;
      ownerName: string | null;
      kind: string;
      dueAt: string;
    }>;
  };
}
