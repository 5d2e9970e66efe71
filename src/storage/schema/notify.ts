// Messages leaving Bastão: the outbox, webhooks and their deliveries.

export interface OutboxTable {
  id: string;
  topic: string;
  payload: string;
  occurred_at: number;
  created_at: number;
  dispatched_at: number | null;
}

export interface WebhooksTable {
  id: string;
  name: string;
  url: string;
  /** JSON array of event types, or `["*"]` for all. */
  events: string;
  /** Signs the bodies; null sends them unsigned (chat tools do not check). */
  secret: string | null;
  format: string;
  is_active: number;
  created_at: number;
  created_by: string;
  updated_at: number;
}

export interface DeliveriesTable {
  id: string;
  /** Null for a test delivery, which has no outbox message. */
  outbox_id: string | null;
  /** Null for e-mail. */
  webhook_id: string | null;
  channel: string;
  /** A URL (webhook) or an e-mail address. */
  target: string;
  event_type: string;
  /** The exact body sent on every attempt (e-mail: JSON of subject, text and html). */
  body: string;
  /** JSON object of the headers sent on every attempt. */
  headers: string;
  status: string;
  attempts: number;
  next_attempt_at: number | null;
  /** A sender holds the delivery until then; past it, another process may claim it. */
  lease_until: number | null;
  last_status_code: number | null;
  last_error: string | null;
  last_attempt_at: number | null;
  delivered_at: number | null;
  created_at: number;
}

export interface DeliveryAttemptsTable {
  delivery_id: string;
  attempt: number;
  at: number;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}
