import { AppError } from '../kernel/app-error.ts';
import type { DeliveryStore } from './delivery-store.ts';
import type { WebhookStore } from './webhook-store.ts';

/** Deletes a subscription with its deliveries and their log; queued ones are not sent. */
export async function removeWebhook(
  stores: { webhooks: WebhookStore; deliveries: DeliveryStore },
  id: string,
): Promise<void> {
  await stores.deliveries.removeForWebhook(id);
  if (!(await stores.webhooks.remove(id))) {
    throw new AppError('not_found', `No webhook with id ${id}.`);
  }
}
