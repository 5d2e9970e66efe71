import { AppError } from '../kernel/app-error.ts';
import type { WebhookFormat } from './build-webhook-request.ts';
import type { DeliveryStore } from './delivery-store.ts';
import type { Webhook, WebhookEventFilter, WebhookStore } from './webhook-store.ts';

export interface WebhookChanges {
  name?: string | undefined;
  url?: string | undefined;
  events?: WebhookEventFilter[] | undefined;
  format?: WebhookFormat | undefined;
  active?: boolean | undefined;
}

/**
 * Changes a subscription. A new URL also applies to its pending deliveries (a retry goes
 * where the receiver now is); a new format applies to events from now on, since queued
 * bodies are sent as built. Deactivating pauses its queued deliveries until reactivated.
 */
export async function updateWebhook(
  stores: { webhooks: WebhookStore; deliveries: DeliveryStore },
  id: string,
  changes: WebhookChanges,
  now: number,
): Promise<Webhook> {
  const current = await stores.webhooks.byId(id);
  if (!current) {
    throw new AppError('not_found', `No webhook with id ${id}.`);
  }
  const updated: Webhook = {
    ...current,
    ...(changes.name !== undefined ? { name: changes.name.trim() || current.name } : {}),
    ...(changes.url !== undefined ? { url: changes.url } : {}),
    ...(changes.events !== undefined ? { events: [...new Set(changes.events)] } : {}),
    ...(changes.format !== undefined ? { format: changes.format } : {}),
    ...(changes.active !== undefined ? { isActive: changes.active } : {}),
    updatedAt: now,
  };
  await stores.webhooks.update(updated);
  if (updated.url !== current.url) {
    await stores.deliveries.retarget(id, updated.url);
  }
  return updated;
}
