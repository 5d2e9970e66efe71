import { recordEvents } from '../events/record-events.ts';
import { newId } from '../kernel/ids.ts';
import type { Transition } from '../lifecycle/lifecycle.ts';
import { type CollectBody, occurredAtOf, propsOf } from './collect-input.ts';
import { identifyLead, type PipelineContext, type PipelineStores } from './identify-lead.ts';
import type { Site } from './site.ts';
import { utmOf, withPageTouch } from './visit-touch.ts';
import { leadEventItem, type VisitorEvent } from './visitor.ts';

export interface Collected {
  /** Events stored now (a retried batch stores nothing twice). */
  accepted: number;
  transitions: Transition[];
}

/**
 * One batch from the snippet. An anonymous visitor's events wait in its history; an
 * identified visitor's go to its lead's timeline at once (scored, MQL rule, relay). An
 * `identify` in the batch then makes the visitor known and merges its history.
 */
export async function collectBatch<S extends PipelineStores>(
  stores: S,
  context: PipelineContext<S>,
  input: { site: Site; body: CollectBody },
  now: number,
): Promise<Collected> {
  const { site, body } = input;
  const seen = await stores.visitors.touch(site.id, body.visitorId, now);
  let visitor = seen;
  const events: VisitorEvent[] = body.events.map((event) => ({
    id: newId(),
    siteId: site.id,
    visitorId: visitor.id,
    clientId: event.id,
    type: event.type,
    occurredAt: occurredAtOf(event, body.sentAt, now),
    receivedAt: now,
    props: propsOf(event, utmOf(event.url)),
  }));
  for (const [index, event] of body.events.entries()) {
    if (event.type === 'page_view') {
      const at = events[index]?.occurredAt ?? now;
      visitor = withPageTouch(visitor, { url: event.url, referrer: event.referrer || null, at });
    }
  }
  if (visitor !== seen) {
    await stores.visitors.save(visitor);
  }

  let accepted = 0;
  const transitions: Transition[] = [];
  if (events.length > 0 && visitor.leadId === null) {
    accepted = await stores.visitors.addEvents(events);
  } else if (events.length > 0 && visitor.leadId !== null) {
    const leadId = visitor.leadId;
    const outcome = await recordEvents(
      stores,
      context,
      events.map((event) => leadEventItem(leadId, event)),
      now,
    );
    accepted = outcome.results.filter((result) => result.status === 'stored').length;
    transitions.push(...outcome.transitions);
  }
  if (body.identify) {
    const identified = await identifyLead(stores, context, { lead: body.identify, visitor, events: [] }, now);
    transitions.push(...identified.transitions);
  }
  return { accepted, transitions };
}
