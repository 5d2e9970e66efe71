import { AppError } from '../kernel/app-error.ts';
import { newId } from '../kernel/ids.ts';
import type { Delivery, DeliveryStore } from './delivery-store.ts';
import type { NotificationEvent } from './notification-event.ts';
import { webhookDelivery } from './plan-deliveries.ts';
import type { WebhookStore } from './webhook-store.ts';

/** A made-up `lead.created`, so a receiver can be checked without touching real leads. */
export const sampleEvent = (now: number): NotificationEvent => ({
  type: 'lead.created',
  occurredAt: now,
  lead: {
    id: '00000000-0000-7000-8000-000000000000',
    name: 'Lead de teste',
    email: 'lead.de.teste@example.com',
    phoneE164: '+5511999999999',
    companyName: 'Empresa Exemplo',
    grade: 'A',
    ownerName: null,
  },
  details: { test: true },
});

/**
 * Queues a sample `lead.created` to one webhook only (no outbox message, so no other
 * subscriber sees it); the notifier sends it at its next tick.
 */
export async function queueTestDelivery(
  stores: { webhooks: WebhookStore; deliveries: DeliveryStore },
  webhookId: string,
  now: number,
  options: { timeZone?: string } = {},
): Promise<Delivery> {
  const webhook = await stores.webhooks.byId(webhookId);
  if (!webhook) {
    throw new AppError('not_found', `No webhook with id ${webhookId}.`);
  }
  if (!webhook.isActive) {
    throw new AppError('conflict', 'The webhook is inactive: activate it (PATCH active: true) to test it.');
  }
  const delivery = webhookDelivery(sampleEvent(now), webhook, null, { now, newId, ...options });
  await stores.deliveries.insertMany([delivery]);
  return delivery;
}
