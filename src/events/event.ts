/**
 * Interaction types the timeline knows. `custom` carries anything else (its name in
 * `props.name`). Scoring rules refer to these names.
 */
export const EVENT_TYPES = [
  'page_view',
  'email_open',
  'email_click',
  'email_bounce',
  'email_unsubscribe',
  'form_submit',
  'download',
  'webinar',
  'demo_request',
  'proposal_request',
  'whatsapp_message',
  'custom',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** One interaction of a lead. Immutable once stored; times are epoch ms. */
export interface LeadEvent {
  id: string;
  leadId: string;
  type: EventType;
  occurredAt: number;
  receivedAt: number;
  props: Record<string, unknown>;
  idempotencyKey: string | null;
}
