import type { WebhookFormat } from './build-webhook-request.ts';
import type { NotificationEventType } from './notification-event.ts';

/** What a subscription listens to: event types, or `'*'` for every type. */
export type WebhookEventFilter = NotificationEventType | '*';

/** An outbound webhook subscription. */
export interface Webhook {
  id: string;
  name: string;
  url: string;
  events: WebhookEventFilter[];
  /** Signs every body (`X-Bastao-Signature`); null sends unsigned. Never shown after creation. */
  secret: string | null;
  format: WebhookFormat;
  /** An inactive webhook gets no new deliveries, and its queued ones wait until it is active again. */
  isActive: boolean;
  createdAt: number;
  createdBy: string;
  updatedAt: number;
}

/** What the notify capability needs from the database about subscriptions. */
export interface WebhookStore {
  insert(webhook: Webhook): Promise<void>;
  byId(id: string): Promise<Webhook | undefined>;
  /** Every subscription, oldest first. */
  list(): Promise<Webhook[]>;
  /** The active subscriptions, oldest first: the ones a dispatch fans out to. */
  listActive(): Promise<Webhook[]>;
  update(webhook: Webhook): Promise<void>;
  /** False when there was no such webhook. */
  remove(id: string): Promise<boolean>;
}

/** Whether a subscription wants events of this type. */
export const isSubscribedTo = (webhook: Pick<Webhook, 'events'>, type: NotificationEventType): boolean =>
  webhook.events.includes('*') || webhook.events.includes(type);
