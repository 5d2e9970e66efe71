import type { Cursor } from '../kernel/cursor.ts';
import type { CustomFields } from '../leads/lead.ts';
import type { LeadOwnedRows } from '../leads/lead-store.ts';

export const DEAL_STATUSES = ['open', 'won', 'lost'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/**
 * An opportunity of a lead, as the CRM/ERP (or a person) reports it. Money is integer
 * cents in `currency`; times are epoch ms: `createdAt` is when the deal was opened in its
 * system, `closedAt` when it was won or lost (null while open).
 */
export interface Deal {
  id: string;
  /** The CRM's / ERP's id: posting the same `externalId` again updates this deal. */
  externalId: string | null;
  leadId: string;
  name: string | null;
  amountCents: number;
  /** ISO 4217, e.g. `BRL`. */
  currency: string;
  status: DealStatus;
  createdAt: number;
  closedAt: number | null;
  lostReason: string | null;
  /** The owner when it is a Bastão user. */
  ownerId: string | null;
  /** The owner as the source names it when not a Bastão user (Olist's SR id, a CRM name). */
  ownerName: string | null;
  fields: CustomFields;
  /** When Bastão first stored it. */
  recordedAt: number;
  updatedAt: number;
}

export interface DealQuery {
  status?: DealStatus;
  leadId?: string;
  /** A user id or an owner name, matched exactly. */
  owner?: string;
  createdFrom?: number;
  createdTo?: number;
  closedFrom?: number;
  closedTo?: number;
  /** Newest created first; the cursor is the last item's `createdAt` and id. */
  after?: Cursor;
  limit: number;
}

/** What the revenue capability needs from the database for deals. */
export interface DealStore extends LeadOwnedRows {
  byId(id: string): Promise<Deal | undefined>;
  byExternalId(externalId: string): Promise<Deal | undefined>;
  /** False when another deal already holds the external id (a race lost). */
  insert(deal: Deal): Promise<boolean>;
  update(deal: Deal): Promise<void>;
  /** `limit + 1` rows so the caller knows whether a next page exists. */
  list(query: DealQuery): Promise<Deal[]>;
}
