import { z } from 'zod';
import { toIso, toIsoOrNull } from '../../kernel/schema-helpers.ts';
import { WEBHOOK_FORMATS } from '../../notify/build-webhook-request.ts';
import {
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  type DeliveryWithAttempts,
} from '../../notify/delivery-store.ts';
import { NOTIFICATION_EVENT_TYPES } from '../../notify/notification-event.ts';
import { maskSecret } from '../../notify/webhook-secret.ts';
import type { Webhook } from '../../notify/webhook-store.ts';
import { isoSchema } from '../common.schemas.ts';

export const webhookUrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
  .max(2000)
  .meta({ description: 'Where events are POSTed: an http:// or https:// URL.' });

export const webhookEventsSchema = z
  .array(
    z.enum([...NOTIFICATION_EVENT_TYPES, '*'], {
      error: `must be one of ${NOTIFICATION_EVENT_TYPES.join(', ')}, or "*"`,
    }),
  )
  .min(1, 'list at least one event type, or ["*"] for all')
  .max(NOTIFICATION_EVENT_TYPES.length)
  .refine((events) => !events.includes('*') || events.length === 1, '"*" (every event) stands alone')
  .meta({ description: 'The event types to receive, or `["*"]` for all.' });

export const webhookFormatSchema = z
  .enum(WEBHOOK_FORMATS)
  .meta({ description: '`json` (Bastão payload, signed), `slack` (Block Kit) or `teams` (Adaptive Card).' });

export const createWebhookBody = z.object({
  name: z.string().trim().max(200).optional(),
  url: webhookUrlSchema,
  events: webhookEventsSchema,
  secret: z.string().min(16, 'a secret needs at least 16 characters').max(256).nullable().optional().meta({
    description:
      'Key of the `X-Bastao-Signature` HMAC. Omit it to have one generated (returned once); `null` sends unsigned.',
  }),
  format: webhookFormatSchema.optional(),
});

export const updateWebhookBody = z
  .object({
    name: z.string().trim().max(200).optional(),
    url: webhookUrlSchema.optional(),
    events: webhookEventsSchema.optional(),
    format: webhookFormatSchema.optional(),
    active: z.boolean().optional().meta({ description: 'false pauses deliveries (queued ones wait).' }),
  })
  .refine(
    (changes) => Object.values(changes).some((value) => value !== undefined),
    'send at least one of name, url, events, format, active',
  );

export const webhookSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    url: z.string(),
    events: z.array(z.string()),
    format: z.enum(WEBHOOK_FORMATS),
    active: z.boolean(),
    secretHint: z
      .string()
      .nullable()
      .meta({ description: 'The last characters of the secret; null when bodies are sent unsigned.' }),
    createdAt: isoSchema,
    createdBy: z.string(),
    updatedAt: isoSchema,
  })
  .meta({ id: 'Webhook' });

export const createdWebhookSchema = webhookSchema
  .extend({
    secret: z.string().nullable().meta({ description: 'Shown only in this answer: store it now.' }),
  })
  .meta({ id: 'CreatedWebhook' });

export const webhookResponse = (webhook: Webhook): z.output<typeof webhookSchema> => ({
  id: webhook.id,
  name: webhook.name,
  url: webhook.url,
  events: webhook.events,
  format: webhook.format,
  active: webhook.isActive,
  secretHint: maskSecret(webhook.secret),
  createdAt: toIso(webhook.createdAt),
  createdBy: webhook.createdBy,
  updatedAt: toIso(webhook.updatedAt),
});

const attemptSchema = z
  .object({
    attempt: z.number().int(),
    at: isoSchema,
    statusCode: z.number().int().nullable(),
    error: z.string().nullable(),
    durationMs: z.number().int(),
  })
  .meta({ id: 'DeliveryAttempt' });

export const deliverySchema = z
  .object({
    id: z.string().meta({ description: 'Also sent as `X-Bastao-Delivery`: receivers drop repeats by it.' }),
    webhookId: z.string().nullable(),
    channel: z.enum(DELIVERY_CHANNELS),
    target: z.string(),
    eventType: z.string(),
    isTest: z.boolean().meta({ description: 'Queued by `POST /webhooks/:id/test`.' }),
    status: z.enum(DELIVERY_STATUSES),
    nextAttemptAt: isoSchema.nullable().meta({ description: 'When a pending delivery is tried next.' }),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    deliveredAt: isoSchema.nullable(),
    createdAt: isoSchema,
    attempts: z.array(attemptSchema).meta({ description: 'Every attempt, first to last.' }),
    body: z.string().meta({ description: 'The exact body sent on every attempt.' }),
    headers: z.record(z.string(), z.string()),
  })
  .meta({ id: 'Delivery' });

export const deliveryResponse = (delivery: DeliveryWithAttempts): z.output<typeof deliverySchema> => ({
  id: delivery.id,
  webhookId: delivery.webhookId,
  channel: delivery.channel,
  target: delivery.target,
  eventType: delivery.eventType,
  isTest: delivery.outboxId === null,
  status: delivery.status,
  nextAttemptAt: toIsoOrNull(delivery.nextAttemptAt),
  lastStatusCode: delivery.lastStatusCode,
  lastError: delivery.lastError,
  deliveredAt: toIsoOrNull(delivery.deliveredAt),
  createdAt: toIso(delivery.createdAt),
  attempts: delivery.log.map((attempt) => ({
    attempt: attempt.attempt,
    at: toIso(attempt.at),
    statusCode: attempt.statusCode,
    error: attempt.error,
    durationMs: attempt.durationMs,
  })),
  body: delivery.body,
  headers: delivery.headers,
});
