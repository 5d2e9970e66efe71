import type { Cursor } from '../kernel/cursor.ts';
import type { NotificationEventType } from './notification-event.ts';

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const DELIVERY_CHANNELS = ['webhook', 'email'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/**
 * One message to one receiver: a webhook call or an e-mail. The body and headers are
 * built once, when the outbox message is dispatched, and sent unchanged on every attempt.
 */
export interface Delivery {
  id: string;
  /** Null for a test delivery (`POST /webhooks/:id/test`). */
  outboxId: string | null;
  webhookId: string | null;
  channel: DeliveryChannel;
  /** The URL (webhook) or e-mail address. */
  target: string;
  eventType: NotificationEventType;
  /** Webhook: the exact request body. E-mail: JSON of `EmailContent`. */
  body: string;
  headers: Record<string, string>;
  status: DeliveryStatus;
  /** Attempts made so far. */
  attempts: number;
  /** When a pending delivery is due; null once delivered or failed. */
  nextAttemptAt: number | null;
  leaseUntil: number | null;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: number | null;
  deliveredAt: number | null;
  createdAt: number;
}

/** One try at sending a delivery, for the deliveries log. */
export interface DeliveryAttempt {
  deliveryId: string;
  /** 1 for the first try. */
  attempt: number;
  at: number;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** Where a delivery stands after an attempt. */
export type DeliveryOutcome =
  | { status: 'delivered'; deliveredAt: number }
  | { status: 'pending'; nextAttemptAt: number }
  | { status: 'failed' };

export interface DeliveryWithAttempts extends Delivery {
  /** Every attempt, first to last. */
  log: DeliveryAttempt[];
}

/** What the notify capability needs from the database about deliveries. */
export interface DeliveryStore {
  insertMany(deliveries: readonly Delivery[]): Promise<void>;
  /**
   * Takes up to `limit` pending deliveries due at `now` whose lease has run out and whose
   * webhook (if any) is active, and leases them until `leaseUntil`, oldest due first. On
   * PostgreSQL the rows are read `FOR UPDATE SKIP LOCKED`, so concurrent claims by other
   * processes never return the same delivery; call it in a short transaction of its own.
   */
  claimDue(input: { now: number; leaseUntil: number; limit: number }): Promise<Delivery[]>;
  /**
   * Logs an attempt and moves the delivery to `outcome`, releasing its lease. Only when
   * the delivery still has `attempt - 1` attempts (nobody recorded this attempt since it
   * was claimed); false otherwise, and nothing is written.
   */
  recordAttempt(attempt: DeliveryAttempt, outcome: DeliveryOutcome): Promise<boolean>;
  /** A webhook's deliveries, newest first, each with its attempts; `limit + 1` rows. */
  listForWebhook(webhookId: string, page: { after?: Cursor; limit: number }): Promise<DeliveryWithAttempts[]>;
  /** Points a webhook's pending deliveries at its new URL; returns how many. */
  retarget(webhookId: string, url: string): Promise<number>;
  /** Removes a webhook's deliveries and their attempts. */
  removeForWebhook(webhookId: string): Promise<void>;
}
