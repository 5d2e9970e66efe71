import { buildWebhookRequest } from './build-webhook-request.ts';
import { composeEmail, EMAIL_EVENT_TYPES } from './compose-email.ts';
import type { Delivery } from './delivery-store.ts';
import type { NotificationEvent } from './notification-event.ts';
import { isSubscribedTo, type Webhook } from './webhook-store.ts';

export interface PlanOptions {
  now: number;
  timeZone?: string;
  /** The lead owner's address when e-mail is configured and the owner is known; null = no e-mail. */
  ownerEmail: string | null;
  newId: () => string;
}

/** A delivery due now, not yet attempted. */
export function pendingDelivery(
  fields: Pick<
    Delivery,
    'id' | 'outboxId' | 'webhookId' | 'channel' | 'target' | 'eventType' | 'body' | 'headers'
  >,
  now: number,
): Delivery {
  return {
    ...fields,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    leaseUntil: null,
    lastStatusCode: null,
    lastError: null,
    lastAttemptAt: null,
    deliveredAt: null,
    createdAt: now,
  };
}

/** One webhook delivery, its request built (and signed) once for every attempt. */
export function webhookDelivery(
  event: NotificationEvent,
  webhook: Webhook,
  outboxId: string | null,
  options: Pick<PlanOptions, 'now' | 'timeZone' | 'newId'>,
): Delivery {
  const id = options.newId();
  const request = buildWebhookRequest({
    event,
    deliveryId: id,
    format: webhook.format,
    secret: webhook.secret,
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
  return pendingDelivery(
    {
      id,
      outboxId,
      webhookId: webhook.id,
      channel: 'webhook',
      target: webhook.url,
      eventType: event.type,
      body: request.body,
      headers: request.headers,
    },
    options.now,
  );
}

/**
 * What one outbox message turns into: a delivery for every active webhook subscribed to
 * its type, and an e-mail to the lead's owner for the types owners are e-mailed about.
 *
 * @example planDeliveries(message, [mqlHook, allHook], { now, ownerEmail: null, newId }).length // 2
 */
export function planDeliveries(
  message: { id: string; event: NotificationEvent },
  webhooks: readonly Webhook[],
  options: PlanOptions,
): Delivery[] {
  const { event } = message;
  const deliveries = webhooks
    .filter((webhook) => webhook.isActive && isSubscribedTo(webhook, event.type))
    .map((webhook) => webhookDelivery(event, webhook, message.id, options));
  if (options.ownerEmail && EMAIL_EVENT_TYPES.includes(event.type)) {
    deliveries.push(
      pendingDelivery(
        {
          id: options.newId(),
          outboxId: message.id,
          webhookId: null,
          channel: 'email',
          target: options.ownerEmail,
          eventType: event.type,
          body: JSON.stringify(composeEmail(event, options.timeZone)),
          headers: {},
        },
        options.now,
      ),
    );
  }
  return deliveries;
}
