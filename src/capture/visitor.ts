import type { Touch } from '../leads/lead.ts';

/** Event types a web page may send through the snippet (hand-raises come through forms). */
export const PAGE_EVENT_TYPES = ['page_view', 'download', 'custom'] as const;
export type PageEventType = (typeof PAGE_EVENT_TYPES)[number];

/**
 * A browser on a site, known by the anonymous id the snippet keeps in a first-party cookie
 * (with a localStorage fallback). Once identified, `leadId` says whose visits these are.
 */
export interface Visitor {
  siteId: string;
  id: string;
  leadId: string | null;
  /** The visitor's first visit: where they came from the very first time. */
  firstTouch: Touch | null;
  /** The newest visit that came from a campaign or another site (UTM or external referrer). */
  lastTouch: Touch | null;
  createdAt: number;
  lastSeenAt: number;
}

/** An interaction of a visitor not yet identified; it becomes a lead event on identify. */
export interface VisitorEvent {
  id: string;
  siteId: string;
  visitorId: string;
  /** The id the snippet gave the event: a retried batch is stored once. */
  clientId: string;
  type: PageEventType;
  occurredAt: number;
  receivedAt: number;
  props: Record<string, unknown>;
}

/** The idempotency key of a tracked event, the same before and after identify. */
export const trackedEventKey = (siteId: string, visitorId: string, clientId: string): string =>
  `t:${siteId}:${visitorId}:${clientId}`;

/** An event of the visitor as an item of `recordEvents`: its original time, its idempotency key. */
export const leadEventItem = (leadId: string, event: VisitorEvent) => ({
  leadId,
  type: event.type,
  occurredAt: new Date(event.occurredAt).toISOString(),
  props: event.props,
  idempotencyKey: trackedEventKey(event.siteId, event.visitorId, event.clientId),
});
