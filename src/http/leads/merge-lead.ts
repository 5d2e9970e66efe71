import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mergeLeads } from '../../leads/merge-leads.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS, idParamsSchema } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { principalOf } from '../principal.ts';
import { leadResponse, leadSchema } from './lead.schemas.ts';

export const mergeLead =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/v1/leads/:id/merge',
      {
        config: { permission: 'leads:merge' },
        schema: {
          tags: ['leads'],
          summary: 'Merge another lead into this one',
          description:
            'The lead in the path survives. The other lead’s timeline and history move to it, its e-mail keeps finding the survivor, and a snapshot of it is kept. Its id answers with the survivor from then on.',
          params: idParamsSchema,
          body: z.object({ otherId: z.string().min(1).max(64) }),
          response: {
            200: z.object({
              lead: leadSchema,
              moved: z.number().int().meta({ description: 'Rows moved to the survivor.' }),
            }),
            ...AUTHED_ERRORS,
            404: errorResponseSchema,
            409: errorResponseSchema,
          },
        },
      },
      async (request) => {
        const { lead, moved } = await system.stores.transaction((stores) =>
          mergeLeads(
            { ...stores, leadOwnedRows: [stores.leadRows] },
            {
              survivorId: request.params.id,
              otherId: request.body.otherId,
              actor: principalOf(request).actor,
            },
            system.clock.now(),
          ),
        );
        return { lead: leadResponse(lead), moved };
      },
    );
  };
