/**
 * What marketing spent on a channel (and optionally one campaign of it) in a month.
 * One row per month, channel and campaign: posting the same key again replaces the amount.
 */
export interface Cost {
  id: string;
  /** `YYYY-MM`, a calendar month in the workspace time zone. */
  month: string;
  /** The same vocabulary as the leads' first-touch channel (`paid_search`, `social`, …). */
  channel: string;
  /** Null for the channel as a whole (stored as '' so the unique key holds on both engines). */
  campaign: string | null;
  amountCents: number;
  currency: string;
  createdAt: number;
  updatedAt: number;
}

export interface CostKey {
  month: string;
  channel: string;
  campaign: string | null;
}

export interface CostStore {
  byKey(key: CostKey): Promise<Cost | undefined>;
  /** False when another cost already holds the key (a race lost). */
  insert(cost: Cost): Promise<boolean>;
  update(cost: Cost): Promise<void>;
  /** Months in `[from, to]` (both `YYYY-MM`, inclusive), by month, channel, campaign. */
  list(query: { from?: string; to?: string; channel?: string }): Promise<Cost[]>;
}
