import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../../kernel/cursor.ts';
import { normalizeEmail } from '../../leads/normalize-email.ts';
import { DEAL_STATUSES } from '../../revenue/deal.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS, pageQuerySchema } from '../common.schemas.ts';
import { boundSchema, boundToEpoch, dealResponse, dealSchema } from './revenue.schemas.ts';

export const listDeals =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    const toEpoch = (value: string) => boundToEpoch(value, system.config.timeZone);
    app.get(
      '/api/v1/deals',
      {
        config: { permission: 'deals:read' },
        schema: {
          tags: ['revenue'],
          summary: 'List deals, newest created first',
          querystring: z.object({
            status: z.enum(DEAL_STATUSES).optional(),
            leadId: z.string().max(64).optional(),
            owner: z
              .string()
              .max(320)
              .optional()
              .meta({ description: 'A user’s id or e-mail, or an owner name as the CRM gave it.' }),
            createdFrom: boundSchema.optional().meta({ description: 'Created at or after (inclusive).' }),
            createdTo: boundSchema.optional().meta({ description: 'Created before (exclusive).' }),
            closedFrom: boundSchema.optional().meta({ description: 'Closed at or after (inclusive).' }),
            closedTo: boundSchema.optional().meta({ description: 'Closed before (exclusive).' }),
            ...pageQuerySchema,
          }),
          response: {
            200: z.object({ items: z.array(dealSchema), nextCursor: z.string().nullable() }),
            ...AUTHED_ERRORS,
          },
        },
      },
      async (request) => {
        const { cursor, limit, owner, createdFrom, createdTo, closedFrom, closedTo, ...filters } =
          request.query;
        const email = owner ? normalizeEmail(owner) : null;
        const user = email ? await system.stores.access.userByEmail(email) : undefined;
        const rows = await system.stores.deals.list({
          ...filters,
          ...(owner ? { owner: user?.id ?? owner } : {}),
          ...(createdFrom ? { createdFrom: toEpoch(createdFrom) } : {}),
          ...(createdTo ? { createdTo: toEpoch(createdTo) } : {}),
          ...(closedFrom ? { closedFrom: toEpoch(closedFrom) } : {}),
          ...(closedTo ? { closedTo: toEpoch(closedTo) } : {}),
          ...(cursor ? { after: decodeCursor(cursor) } : {}),
          limit,
        });
        const items = rows.slice(0, limit);
        const last = items.at(-1);
        return {
          items: items.map(dealResponse),
          nextCursor: rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
        };
      },
    );
  };
