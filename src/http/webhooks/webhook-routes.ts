import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../kernel/app-error.ts';
import { createWebhook } from '../../notify/create-webhook.ts';
import { removeWebhook } from '../../notify/remove-webhook.ts';
import { updateWebhook } from '../../notify/update-webhook.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS, idParamsSchema } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { principalOf } from '../principal.ts';
import {
  createdWebhookSchema,
  createWebhookBody,
  updateWebhookBody,
  webhookResponse,
  webhookSchema,
} from './webhook.schemas.ts';

const TAGS = ['webhooks'];

export const webhookRoutes =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/v1/webhooks',
      {
        config: { permission: 'webhooks:write' },
        schema: {
          tags: TAGS,
          summary: 'Subscribe a URL to events',
          description:
            'Bodies are signed with `X-Bastao-Signature: sha256=<HMAC-SHA256 of the body>` keyed by the secret, which this answer shows once. Failed deliveries are retried over about 31 hours (`GET /webhooks/:id/deliveries`).',
          body: createWebhookBody,
          response: { 201: createdWebhookSchema, ...AUTHED_ERRORS },
        },
      },
      async (request, reply) => {
        const webhook = await system.stores.transaction((stores) =>
          createWebhook(stores, request.body, principalOf(request).actor, system.clock.now()),
        );
        return reply.code(201).send({ ...webhookResponse(webhook), secret: webhook.secret });
      },
    );

    app.get(
      '/api/v1/webhooks',
      {
        config: { permission: 'webhooks:read' },
        schema: {
          tags: TAGS,
          summary: 'Every webhook subscription, oldest first',
          response: { 200: z.object({ items: z.array(webhookSchema) }), ...AUTHED_ERRORS },
        },
      },
      async () => ({ items: (await system.stores.webhooks.list()).map(webhookResponse) }),
    );

    app.get(
      '/api/v1/webhooks/:id',
      {
        config: { permission: 'webhooks:read' },
        schema: {
          tags: TAGS,
          summary: 'One webhook subscription',
          params: idParamsSchema,
          response: { 200: webhookSchema, ...AUTHED_ERRORS, 404: errorResponseSchema },
        },
      },
      async (request) => {
        const webhook = await system.stores.webhooks.byId(request.params.id);
        if (!webhook) {
          throw new AppError('not_found', `No webhook with id ${request.params.id}.`);
        }
        return webhookResponse(webhook);
      },
    );

    app.patch(
      '/api/v1/webhooks/:id',
      {
        config: { permission: 'webhooks:write' },
        schema: {
          tags: TAGS,
          summary: 'Change or pause a webhook',
          description:
            'A new URL also applies to deliveries still being retried; a new format to events from now on. `active: false` pauses: queued deliveries wait until it is active again.',
          params: idParamsSchema,
          body: updateWebhookBody,
          response: { 200: webhookSchema, ...AUTHED_ERRORS, 404: errorResponseSchema },
        },
      },
      async (request) => {
        const webhook = await system.stores.transaction((stores) =>
          updateWebhook(stores, request.params.id, request.body, system.clock.now()),
        );
        return webhookResponse(webhook);
      },
    );

    app.delete(
      '/api/v1/webhooks/:id',
      {
        config: { permission: 'webhooks:write' },
        schema: {
          tags: TAGS,
          summary: 'Delete a webhook with its deliveries log',
          params: idParamsSchema,
          response: { 204: z.null(), ...AUTHED_ERRORS, 404: errorResponseSchema },
        },
      },
      async (request, reply) => {
        await system.stores.transaction((stores) => removeWebhook(stores, request.params.id));
        return reply.code(204).send(null);
      },
    );
  };
