import type { LeadOwnedRows } from '../leads/lead-store.ts';
import type { LeadEvent } from './event.ts';

export interface EventStore extends LeadOwnedRows {
  /**
   * Inserts the events; one whose idempotency key is already stored is skipped.
   * Returns the keys that were skipped, mapped to the id of the stored event.
   */
  insertMany(events: readonly LeadEvent[]): Promise<Map<string, string>>;
  /** The lead's events, oldest first: the input of scoring. */
  forLead(leadId: string, until?: number): Promise<LeadEvent[]>;
  /** As `forLead`, for many leads in one read. */
  forLeads(leadIds: readonly string[]): Promise<Map<string, LeadEvent[]>>;
}
