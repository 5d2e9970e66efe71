import type { DealStatus } from '../revenue/deal.ts';

/**
 * The plain rows the KPIs are computed from, as storage returns them for a period.
 * Times are epoch ms; money is in cents; null means "has not happened" or "unknown".
 */

/** What a row is grouped by: the lead's first touch, its owner, and its first MQL. */
export interface Dimensions {
  channel: string | null;
  campaign: string | null;
  /** The lead's owner; on a first-touch clock, the rep the clock ran for. */
  ownerId: string | null;
  ownerName: string | null;
  /** The lead's first transition to `mql` ever (its month is the `month` group). */
  firstMqlAt: number | null;
}

/** One lead and the first time it reached each stage of the funnel. */
export interface LeadFacts extends Dimensions {
  leadId: string;
  createdAt: number;
  /** The current fit grade (A–D) and fit points; null when never scored. */
  grade: string | null;
  fit: number | null;
  firstSqlAt: number | null;
  firstOpportunityAt: number | null;
  firstCustomerAt: number | null;
  /** `closedAt` of the lead's first won deal. */
  firstWonAt: number | null;
}

/** A deal closed (won or lost) in the period, with its lead's dimensions. */
export interface DealFact extends Dimensions {
  dealId: string;
  /** The CRM's id of the deal, when it came from one. */
  externalId: string | null;
  leadId: string;
  name: string | null;
  /** Who owns the deal in its source (a user's name, or the CRM's owner), not the lead's owner. */
  dealOwner: string | null;
  amountCents: number;
  currency: string;
  status: DealStatus;
  closedAt: number;
}

/** Marketing spend of one month, channel and campaign (`''`: the whole channel). */
export interface CostFact {
  /** `YYYY-MM`, a local calendar month. */
  month: string;
  channel: string;
  campaign: string;
  amountCents: number;
  currency: string;
}

/** A first-touch SLA clock: started at assignment, met at the first activity. */
export interface FirstTouchFact extends Dimensions {
  leadId: string;
  startedAt: number;
  dueAt: number;
  metAt: number | null;
  stoppedAt: number | null;
}

/** A period `[from, to)` as local dates and as the instants of their local midnights. */
export interface Period {
  /** `YYYY-MM-DD`, inclusive. */
  fromDate: string;
  /** `YYYY-MM-DD`, exclusive. */
  toDate: string;
  from: number;
  to: number;
}
