// Revenue: deals and marketing costs.

export interface DealsTable {
  id: string;
  /** The CRM's / ERP's id of the deal: upserts match on it. */
  external_id: string | null;
  lead_id: string;
  name: string | null;
  /** Money as integer cents (no float sums). */
  amount_cents: number;
  currency: string;
  /** `open` | `won` | `lost`. */
  status: string;
  /** When the deal was created in its system (epoch ms). */
  created_at: number;
  closed_at: number | null;
  lost_reason: string | null;
  /** A Bastão user, when the deal's owner is one. */
  owner_id: string | null;
  /** The owner as the source names it when not a Bastão user (e.g. Olist's SR id). */
  owner_name: string | null;
  fields: string;
  recorded_at: number;
  updated_at: number;
}

export interface CostsTable {
  id: string;
  /** `YYYY-MM`. */
  month: string;
  channel: string;
  /** '' for a cost of the whole channel (so the unique key works on both engines). */
  campaign: string;
  amount_cents: number;
  currency: string;
  created_at: number;
  updated_at: number;
}
