import type { AccessStore } from '../access/user.ts';
import { newId } from '../kernel/ids.ts';
import type { Transactor } from '../kernel/transactor.ts';
import { EMAIL_EVENT_TYPES } from './compose-email.ts';
import type { Delivery, DeliveryStore } from './delivery-store.ts';
import type { NotificationEvent } from './notification-event.ts';
import type { OutboxMessage, OutboxStore } from './outbox-store.ts';
import { planDeliveries } from './plan-deliveries.ts';
import type { WebhookStore } from './webhook-store.ts';

export interface DispatchStores {
  outbox: OutboxStore;
  webhooks: WebhookStore;
  deliveries: DeliveryStore;
  access: Pick<AccessStore, 'userById'>;
}

export interface DispatchOptions {
  now: number;
  /** Outbox messages per transaction. */
  limit: number;
  /** Whether SMTP is configured: owners are e-mailed only then. */
  isEmailEnabled: boolean;
  timeZone?: string;
  /** Told about a message that could not be turned into deliveries; it is marked dispatched. */
  onUnsendable?: (message: OutboxMessage, error: unknown) => void;
}

/**
 * Turns up to `limit` pending outbox messages into deliveries and marks them dispatched,
 * in one transaction: a message is fanned out exactly once, and a crash leaves it
 * pending. On PostgreSQL concurrent dispatchers skip each other's messages.
 *
 * @example await dispatchOutbox(system.stores, { now, limit: 100, isEmailEnabled: false }) // { messages: 2, deliveries: 3 }
 */
export async function dispatchOutbox(
  db: Transactor<DispatchStores>,
  options: DispatchOptions,
): Promise<{ messages: number; deliveries: number }> {
  return db.transaction(async (stores) => {
    const messages = await stores.outbox.pending(options.limit);
    if (messages.length === 0) {
      return { messages: 0, deliveries: 0 };
    }
    const webhooks = await stores.webhooks.listActive();
    const deliveries: Delivery[] = [];
    for (const message of messages) {
      const ownerEmail = options.isEmailEnabled ? await ownerEmailOf(stores, message.event) : null;
      try {
        deliveries.push(
          ...planDeliveries(message, webhooks, {
            now: options.now,
            ownerEmail,
            newId,
            ...(options.timeZone ? { timeZone: options.timeZone } : {}),
          }),
        );
      } catch (error) {
        // A message that cannot be rendered (an event type this version does not know)
        // is set aside rather than blocking every message behind it.
        options.onUnsendable?.(message, error);
      }
    }
    await stores.deliveries.insertMany(deliveries);
    await stores.outbox.markDispatched(
      messages.map((message) => message.id),
      options.now,
    );
    return { messages: messages.length, deliveries: deliveries.length };
  });
}

/**
 * Where the owner's e-mail goes: `lead.ownerEmail` (or `details.ownerEmail`), else the
 * address of the active user `lead.ownerId` (or `details.ownerId`); null when unknown.
 */
async function ownerEmailOf(
  stores: Pick<DispatchStores, 'access'>,
  event: NotificationEvent,
): Promise<string | null> {
  if (!EMAIL_EVENT_TYPES.includes(event.type)) {
    return null;
  }
  const email = event.lead.ownerEmail ?? textOf(event.details?.ownerEmail);
  if (email) {
    return email;
  }
  const ownerId = event.lead.ownerId ?? textOf(event.details?.ownerId);
  if (!ownerId) {
    return null;
  }
  const owner = await stores.access.userById(ownerId);
  return owner?.isActive ? owner.email : null;
}

const textOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
