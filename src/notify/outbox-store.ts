import type { NotificationEvent } from './notification-event.ts';

/** One thing to tell the outside world, written in the transaction that caused it. */
export interface OutboxMessage {
  id: string;
  event: NotificationEvent;
  createdAt: number;
  dispatchedAt: number | null;
}

/**
 * The transactional outbox: use cases add messages inside their transaction (so a
 * notification exists exactly when its cause committed); a dispatcher turns pending
 * messages into deliveries (webhooks, e-mail) and marks them dispatched.
 */
export interface OutboxStore {
  add(event: NotificationEvent, now: number): Promise<OutboxMessage>;
  /** Oldest first; on PostgreSQL the rows are locked (SKIP LOCKED) for the caller's transaction. */
  pending(limit: number): Promise<OutboxMessage[]>;
  markDispatched(ids: readonly string[], at: number): Promise<void>;
}
