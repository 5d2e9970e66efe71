import { toSlackMessage, toTeamsMessage } from './chat-message.ts';
import type { NotificationEvent } from './notification-event.ts';
import { SIGNATURE_HEADER, signPayload } from './sign-payload.ts';

/** What a webhook subscription receives: Bastão's JSON, or a message for a chat tool. */
export const WEBHOOK_FORMATS = ['json', 'slack', 'teams'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

export interface WebhookRequest {
  body: string;
  headers: Record<string, string>;
}

/**
 * The body and headers of one delivery, built once when the event is put in the outbox
 * and sent unchanged on every retry (the signature covers the exact body). The JSON
 * format carries the delivery id, so receivers can drop a retry they already processed.
 *
 * @example buildWebhookRequest({ event, deliveryId: 'd-1', format: 'json', secret: 's3cr3t' }).headers['X-Bastao-Signature'] // 'sha256=…'
 */
export function buildWebhookRequest(input: {
  event: NotificationEvent;
  deliveryId: string;
  format: WebhookFormat;
  /** The subscription's secret; null sends the delivery unsigned (chat tools do not check). */
  secret: string | null;
  timeZone?: string;
}): WebhookRequest {
  const { event, deliveryId, format, secret } = input;
  const body = JSON.stringify(payloadFor(event, deliveryId, format, input.timeZone));
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'User-Agent': 'Bastao-Webhooks/1',
    'X-Bastao-Event': event.type,
    'X-Bastao-Delivery': deliveryId,
  };
  if (secret !== null) {
    headers[SIGNATURE_HEADER] = signPayload(secret, body);
  }
  return { body, headers };
}

function payloadFor(
  event: NotificationEvent,
  deliveryId: string,
  format: WebhookFormat,
  timeZone?: string,
): unknown {
  switch (format) {
    case 'json':
      return {
        id: deliveryId,
        type: event.type,
        occurredAt: new Date(event.occurredAt).toISOString(),
        lead: event.lead,
        link: event.link ?? null,
        details: event.details ?? {},
      };
    case 'slack':
      return toSlackMessage(event, timeZone);
    case 'teams':
      return toTeamsMessage(event, timeZone);
    default: {
      const unreachable: never = format;
      throw new Error(`unknown webhook format ${String(unreachable)}`);
    }
  }
}
