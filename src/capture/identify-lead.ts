import type { EventStore } from '../events/event-store.ts';
import { recordEvents } from '../events/record-events.ts';
import type { Touch } from '../leads/lead.ts';
import type { LeadInput, SourceInput } from '../leads/lead-input.ts';
import { upsertLead } from '../leads/upsert-lead.ts';
import { type EvaluateStores, evaluateLead } from '../lifecycle/evaluate-lead.ts';
import type { Transition } from '../lifecycle/lifecycle.ts';
import type { LifecycleHooks } from '../lifecycle/lifecycle-hooks.ts';
import { leadEvent } from '../notify/lead-event.ts';
import type { OutboxStore } from '../notify/outbox-store.ts';
import type { PlaybookVersion } from '../playbook/playbook-store.ts';
import type { CaptureStores } from './capture-store.ts';
import { leadEventItem, type Visitor, type VisitorEvent } from './visitor.ts';

/** The stores of the live pipeline (events, scoring, lifecycle, relay) plus capture's. */
export type PipelineStores = EvaluateStores & { events: EventStore; outbox: OutboxStore } & CaptureStores;

export interface PipelineContext<S> {
  playbook: PlaybookVersion;
  hooks: Pick<LifecycleHooks<S>, 'run'>;
}

export interface Identified {
  leadId: string;
  /** Anonymous events that moved to the lead's timeline. */
  merged: number;
  transitions: Transition[];
}

const sourceOf = (touch: Touch): SourceInput => ({
  channel: touch.channel ?? undefined,
  campaign: touch.campaign ?? undefined,
  medium: touch.medium ?? undefined,
  content: touch.content ?? undefined,
  term: touch.term ?? undefined,
  landingPage: touch.landingPage ?? undefined,
  referrer: touch.referrer ?? undefined,
  at: touch.at,
});

/**
 * A person made themselves known (a form, `bastao.identify`): upsert their lead (a new one
 * is announced as `lead.created`), with the visit that converted as last touch and the
 * visitor's first visit as first touch when it is earlier; link the visitor so later
 * visits go to the lead; move the visitor's anonymous history to the lead's timeline with
 * its original times; then append `events` (the `form_submit`) — all through
 * `recordEvents`, so scoring, the MQL rule and the relay react in the caller's transaction.
 */
export async function identifyLead<S extends PipelineStores>(
  stores: S,
  context: PipelineContext<S>,
  input: { lead: LeadInput; visitor: Visitor | null; events: readonly Record<string, unknown>[] },
  now: number,
): Promise<Identified> {
  const { visitor } = input;
  const source = input.lead.source ?? (visitor?.lastTouch ? sourceOf(visitor.lastTouch) : undefined);
  const upserted = await upsertLead(stores, source ? { ...input.lead, source } : input.lead, now);
  let { lead } = upserted;
  if (upserted.created) {
    await stores.outbox.add(leadEvent('lead.created', lead, now), now);
  }
  const first = visitor?.firstTouch ?? null;
  if (first && (lead.firstTouch === null || first.at < lead.firstTouch.at)) {
    lead = { ...lead, firstTouch: first };
    await stores.leads.update(lead);
  }
  let history: VisitorEvent[] = [];
  if (visitor) {
    await stores.visitors.save({ ...visitor, leadId: lead.id });
    history = await stores.visitors.takeEvents(visitor.siteId, visitor.id);
  }
  const items = [
    ...history.map((event) => leadEventItem(lead.id, event)),
    ...input.events.map((event) => ({ ...event, leadId: lead.id })),
  ];
  const outcome = items.length > 0 ? await recordEvents(stores, context, items, now) : null;
  const transitions = [...(outcome?.transitions ?? [])];
  if (!outcome?.touchedLeads.some((touched) => touched.id === lead.id)) {
    // No new event: the profile alone may still change the grade, and with it the MQL verdict.
    const evaluation = await evaluateLead(stores, { ...context, live: true }, lead, {
      now,
      triggerAt: now,
      qualify: true,
    });
    if (evaluation.transition) {
      transitions.push(evaluation.transition);
    }
  }
  return { leadId: lead.id, merged: history.length, transitions };
}
