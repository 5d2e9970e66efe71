import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TimelineEntry } from '../../events/timeline.ts';
import { AppError } from '../../kernel/app-error.ts';
import { decodeCursor, encodeCursor } from '../../kernel/cursor.ts';
import { toIso } from '../../kernel/schema-helpers.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS, idParamsSchema, isoSchema, pageQuerySchema } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { eventResponse, eventSchema } from '../events/event.schemas.ts';
import { activityResponse, activitySchema } from '../relay/relay.schemas.ts';
import { transitionResponse, transitionSchema } from './transition.schemas.ts';

const entrySchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('event'), at: isoSchema, id: z.string(), event: eventSchema }),
    z.object({ kind: z.literal('transition'), at: isoSchema, id: z.string(), transition: transitionSchema }),
    z.object({ kind: z.literal('activity'), at: isoSchema, id: z.string(), activity: activitySchema }),
  ])
  .meta({ id: 'TimelineEntry' });

const entryResponse = (entry: TimelineEntry): z.output<typeof entrySchema> => {
  switch (entry.kind) {
    case 'event':
      return { kind: 'event', at: toIso(entry.at), id: entry.id, event: eventResponse(entry.event) };
    case 'transition':
      return {
        kind: 'transition',
        at: toIso(entry.at),
        id: entry.id,
        transition: transitionResponse(entry.transition),
      };
    case 'activity':
      return {
        kind: 'activity',
        at: toIso(entry.at),
        id: entry.id,
        activity: activityResponse(entry.activity),
      };
    default: {
      const unreachable: never = entry;
      throw new Error(`unknown timeline entry ${JSON.stringify(unreachable)}`);
    }
  }
};

export const getTimeline =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/leads/:id/timeline',
      {
        config: { permission: 'leads:read' },
        schema: {
          tags: ['leads'],
          summary: 'The lead’s timeline, newest first',
          description: 'Interactions, stage changes and sales activities, newest first, paginated.',
          params: idParamsSchema,
          querystring: z.object(pageQuerySchema),
          response: {
            200: z.object({ items: z.array(entrySchema), nextCursor: z.string().nullable() }),
            ...AUTHED_ERRORS,
            404: errorResponseSchema,
          },
        },
      },
      async (request) => {
        const lead = await system.stores.leads.byId(request.params.id);
        if (!lead) {
          throw new AppError('lead_not_found', `No lead with id ${request.params.id}.`);
        }
        const { cursor, limit } = request.query;
        const rows = await system.stores.timeline.page(
          lead.id,
          cursor ? decodeCursor(cursor) : undefined,
          limit,
        );
        const items = rows.slice(0, limit);
        const last = items.at(-1);
        return {
          items: items.map(entryResponse),
          nextCursor: rows.length > limit && last ? encodeCursor({ at: last.at, id: last.id }) : null,
        };
      },
    );
  };
