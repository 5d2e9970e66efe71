import { type EvaluateStores, evaluateLead } from '../lifecycle/evaluate-lead.ts';
import type { Transition } from '../lifecycle/lifecycle.ts';
import type { LifecycleHooks } from '../lifecycle/lifecycle-hooks.ts';
import { leadEvent } from '../notify/lead-event.ts';
import type { OutboxStore } from '../notify/outbox-store.ts';
import type { PlaybookVersion } from '../playbook/playbook-store.ts';
import type { EventStore } from './event-store.ts';
import { type IngestOutcome, ingestEvents } from './ingest-events.ts';

export interface RecordEventsOutcome extends IngestOutcome {
  /** Stage changes the batch caused (a lead crossing the MQL rule). */
  transitions: Transition[];
}

/**
 * The live path of every interaction: append the events, then rescore each lead that
 * got one and apply the MQL rule — all in the caller's transaction, before it answers.
 */
export async function recordEvents<S extends EvaluateStores & { events: EventStore; outbox: OutboxStore }>(
  stores: S,
  context: { playbook: PlaybookVersion; hooks: Pick<LifecycleHooks<S>, 'run'> },
  items: readonly unknown[],
  now: number,
): Promise<RecordEventsOutcome> {
  const outcome = await ingestEvents(stores, items, now);
  for (const lead of outcome.createdLeads) {
    await stores.outbox.add(leadEvent('lead.created', lead, now), now);
  }
  const latestByLead = new Map<string, number>();
  for (const [index, result] of outcome.results.entries()) {
    if (result.status === 'stored') {
      const at = outcome.storedAt.get(index) ?? now;
      latestByLead.set(result.leadId, Math.max(latestByLead.get(result.leadId) ?? 0, at));
    }
  }
  const transitions: Transition[] = [];
  // One read of the histories and companies of all touched leads, not three per lead.
  const leadIds = outcome.touchedLeads.map((lead) => lead.id);
  const companyIds = outcome.touchedLeads.flatMap((lead) => (lead.companyId ? [lead.companyId] : []));
  const eventsByLead = await stores.events.forLeads(leadIds);
  const companies = await stores.companies.byIds(companyIds);
  for (const lead of outcome.touchedLeads) {
    // Ingesting appends events only: the lead as loaded (and locked) by ingest is current.
    const evaluation = await evaluateLead(stores, { ...context, live: true }, lead, {
      now,
      triggerAt: latestByLead.get(lead.id) ?? now,
      qualify: true,
      events: eventsByLead.get(lead.id) ?? [],
      company: lead.companyId ? (companies.get(lead.companyId) ?? null) : null,
    });
    if (evaluation.transition) {
      transitions.push(evaluation.transition);
    }
  }
  return { ...outcome, transitions };
}
