import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decodeCursor, encodeCursor } from '../../kernel/cursor.ts';
import { LOCAL_DATE_PATTERN, zonedToEpoch } from '../../kernel/zoned-time.ts';
import { STAGES } from '../../leads/lead.ts';
import { emailSchema } from '../../leads/lead-input.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS, pageQuerySchema } from '../common.schemas.ts';
import { leadResponse, leadSchema } from './lead.schemas.ts';

/** A bound given as a local date (workspace time zone) or as an instant with offset. */
const boundSchema = z
  .string()
  .refine(
    (v) => LOCAL_DATE_PATTERN.test(v) || !Number.isNaN(Date.parse(v)),
    'must be YYYY-MM-DD or an ISO 8601 date-time',
  )
  .meta({ description: 'YYYY-MM-DD (local date in the workspace time zone) or an ISO 8601 date-time.' });

export const listLeads =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    const toEpoch = (value: string) =>
      LOCAL_DATE_PATTERN.test(value) ? zonedToEpoch(value, system.config.timeZone) : Date.parse(value);
    app.get(
      '/api/v1/leads',
      {
        config: { permission: 'leads:read' },
        schema: {
          tags: ['leads'],
          summary: 'List and search leads, newest first',
          querystring: z.object({
            email: emailSchema
              .optional()
              .meta({ description: 'Exact e-mail (also finds addresses merged into a lead).' }),
            stage: z.enum(STAGES).optional(),
            ownerId: z.string().max(64).optional(),
            channel: z.string().max(100).optional().meta({ description: 'First-touch channel.' }),
            createdFrom: boundSchema.optional().meta({ description: 'Created at or after (inclusive).' }),
            createdTo: boundSchema.optional().meta({ description: 'Created before (exclusive).' }),
            q: z
              .string()
              .max(200)
              .optional()
              .meta({ description: 'Text in name, e-mail or company; accents and case ignored.' }),
            ...pageQuerySchema,
          }),
          response: {
            200: z.object({ items: z.array(leadSchema), nextCursor: z.string().nullable() }),
            ...AUTHED_ERRORS,
          },
        },
      },
      async (request) => {
        const { cursor, limit, createdFrom, createdTo, q, ...filters } = request.query;
        const rows = await system.stores.leads.list({
          ...filters,
          ...(createdFrom ? { createdFrom: toEpoch(createdFrom) } : {}),
          ...(createdTo ? { createdTo: toEpoch(createdTo) } : {}),
          ...(q?.trim() ? { text: q.trim() } : {}),
          ...(cursor ? { after: decodeCursor(cursor) } : {}),
          limit,
        });
        const items = rows.slice(0, limit);
        const last = items.at(-1);
        return {
          items: items.map((lead) => leadResponse(lead)),
          nextCursor: rows.length > limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
        };
      },
    );
  };
