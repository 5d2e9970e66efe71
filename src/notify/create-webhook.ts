import { newId } from '../kernel/ids.ts';
import type { WebhookFormat } from './build-webhook-request.ts';
import { generateWebhookSecret } from './webhook-secret.ts';
import type { Webhook, WebhookEventFilter, WebhookStore } from './webhook-store.ts';

export interface WebhookInput {
  name?: string | undefined;
  url: string;
  events: WebhookEventFilter[];
  /** Absent: one is generated. Null: bodies are sent unsigned. */
  secret?: string | null | undefined;
  format?: WebhookFormat | undefined;
}

/**
 * Subscribes a URL to events. Returns the webhook with its secret, the only time the
 * secret is shown.
 *
 * @example await createWebhook(stores, { url: 'https://crm.acme.com/hooks/bastao', events: ['lead.mql'] }, 'token:admin', now)
 */
export async function createWebhook(
  stores: { webhooks: WebhookStore },
  input: WebhookInput,
  actor: string,
  now: number,
): Promise<Webhook> {
  const webhook: Webhook = {
    id: newId(),
    name: input.name?.trim() || new URL(input.url).host,
    url: input.url,
    events: [...new Set(input.events)],
    secret: input.secret === undefined ? generateWebhookSecret() : input.secret,
    format: input.format ?? 'json',
    isActive: true,
    createdAt: now,
    createdBy: actor,
    updatedAt: now,
  };
  await stores.webhooks.insert(webhook);
  return webhook;
}
