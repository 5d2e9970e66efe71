import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../kernel/app-error.ts';
import { decodeCursor, encodeCursor } from '../../kernel/cursor.ts';
import { queueTestDelivery } from '../../notify/queue-test-delivery.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS, idParamsSchema, pageQuerySchema } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { deliveryResponse, deliverySchema } from './webhook.schemas.ts';

const TAGS = ['webhooks'];

export const deliveryRoutes =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/webhooks/:id/deliveries',
      {
        config: { permission: 'webhooks:read' },
        schema: {
          tags: TAGS,
          summary: "The webhook's deliveries, newest first, each with every attempt",
          params: idParamsSchema,
          querystring: z.object(pageQuerySchema),
          response: {
            200: z.object({ items: z.array(deliverySchema), nextCursor: z.string().nullable() }),
            ...AUTHED_ERRORS,
            404: errorResponseSchema,
          },
        },
      },
      async (request) => {
        const { id } = request.params;
        const { cursor, limit } = request.query;
        if (!(await system.stores.webhooks.byId(id))) {
          throw new AppError('not_found', `No webhook with id ${id}.`);
        }
        const rows = await system.stores.deliveries.listForWebhook(id, {
          ...(cursor ? { after: decodeCursor(cursor) } : {}),
          limit,
        });
        const items = rows.slice(0, limit);
        const last = items.at(-1);
        return {
          items: items.map(deliveryResponse),
          nextCursor: rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
        };
      },
    );

    app.post(
      '/api/v1/webhooks/:id/test',
      {
        config: { permission: 'webhooks:write' },
        schema: {
          tags: TAGS,
          summary: 'Send a sample lead.created to this webhook only',
          description:
            'Queued now and sent within a second or so; its outcome shows in `GET /webhooks/:id/deliveries`.',
          params: idParamsSchema,
          response: {
            202: deliverySchema,
            ...AUTHED_ERRORS,
            404: errorResponseSchema,
            409: errorResponseSchema,
          },
        },
      },
      async (request, reply) => {
        const delivery = await system.stores.transaction((stores) =>
          queueTestDelivery(stores, request.params.id, system.clock.now(), {
            timeZone: system.config.timeZone,
          }),
        );
        return reply.code(202).send(deliveryResponse({ ...delivery, log: [] }));
      },
    );
  };
