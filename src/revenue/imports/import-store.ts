import type { Lead } from '../../leads/lead.ts';
import type { LeadOwnedRows } from '../../leads/lead-store.ts';
import type { Transition } from '../../lifecycle/lifecycle.ts';

/**
 * What imports need beyond the other stores: the ids other systems give a lead (Olist's
 * `mql_id`, HubSpot's Record ID), so that an import run twice finds the lead it created
 * the first time even without an e-mail, and writes in bulk, so that a batch of 500 rows
 * costs a handful of round trips on PostgreSQL instead of thousands.
 */
export interface ImportStore extends LeadOwnedRows {
  /** Leads by the source's id, for the ids that are linked; a merged-away lead comes back as `mergedInto`. */
  leadsByExternalId(
    source: string,
    externalIds: readonly string[],
  ): Promise<Map<string, { lead: Lead } | { mergedInto: string }>>;
  /** Links each id to its lead; an id already linked stays with its lead. */
  link(links: readonly { source: string; externalId: string; leadId: string }[], at: number): Promise<void>;
  /** History rows, many at once (the same rows `TransitionStore.insert` writes one by one). */
  insertTransitions(transitions: readonly Transition[], recordedAt: number): Promise<void>;
}
