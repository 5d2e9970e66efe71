import type { CostFact, DealFact, FirstTouchFact, LeadFacts, Period } from './kpi-facts.ts';

/** One page of rows in a stable order; pass `next` back for the following page (null: done). */
export interface RowPage<T> {
  rows: T[];
  next: string | null;
}

/** Accepts and rejects of one channel and campaign (the lead's, when sales decided), by reason. */
export interface DecisionCount {
  channel: string | null;
  campaign: string | null;
  decision: 'accept' | 'reject';
  /** The rejection reason's code; null for an accept. */
  reasonCode: string | null;
  count: number;
}

/** What a person needs to recognise a lead in a list. */
export interface LeadSummary {
  leadId: string;
  name: string | null;
  email: string | null;
  /** The lead's company name, or its company's. */
  company: string | null;
  /** The lead's current stage. */
  stage: string;
}

/** A clock past due and neither met nor stopped at a moment. */
export interface OpenBreach {
  leadId: string;
  leadName: string | null;
  leadEmail: string | null;
  ownerId: string | null;
  ownerName: string | null;
  kind: string;
  dueAt: number;
}

/**
 * What the KPIs and reports read, as plain rows for a period. Every method reads in
 * pages or aggregates in the database, so a period of a million leads never sits in
 * memory at once; events are never read.
 */
export interface KpiStore {
  /**
   * Each live lead at most once that was created in the period or has a transition to
   * `mql`, `sql`, `opportunity` or `customer` in it, with its first time at each stage.
   */
  leadFacts(period: Period, cursor: string | null, limit: number): Promise<RowPage<LeadFacts>>;
  /** Names, e-mails, companies and stages of the leads asked for (any order; unknown ids left out). */
  leadSummaries(leadIds: readonly string[]): Promise<LeadSummary[]>;
  /** Deals won or lost with `closedAt` in the period. */
  closedDeals(period: Period, cursor: string | null, limit: number): Promise<RowPage<DealFact>>;
  /** Costs of the months `YYYY-MM` listed. */
  costs(months: readonly string[]): Promise<CostFact[]>;
  /** First-touch clocks started in the period. */
  firstTouches(period: Period, cursor: string | null, limit: number): Promise<RowPage<FirstTouchFact>>;
  /** Decisions made in the period, counted by channel, campaign, decision and reason. */
  decisionCounts(period: Period): Promise<DecisionCount[]>;
  /** Objections recorded on activities in the period, most frequent first (text trimmed). */
  objectionCounts(period: Period): Promise<{ objection: string; count: number }[]>;
  /** Clocks breached and still open at `at` (oldest due first, up to `limit`), and how many in all. */
  openBreaches(at: number, limit: number): Promise<{ total: number; items: OpenBreach[] }>;
}
