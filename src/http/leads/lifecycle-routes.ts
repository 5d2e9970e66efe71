import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../kernel/app-error.ts';
import { STAGES } from '../../leads/lead.ts';
import { moveStage } from '../../lifecycle/move-stage.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS, idParamsSchema } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { principalOf } from '../principal.ts';
import { leadResponse, leadSchema } from './lead.schemas.ts';
import { transitionResponse, transitionSchema } from './transition.schemas.ts';

export const lifecycleRoutes =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/leads/:id/transitions',
      {
        config: { permission: 'leads:read' },
        schema: {
          tags: ['lifecycle'],
          summary: 'Every stage change of the lead, oldest first',
          params: idParamsSchema,
          response: {
            200: z.object({ items: z.array(transitionSchema) }),
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
        return { items: (await system.stores.transitions.forLead(lead.id)).map(transitionResponse) };
      },
    );

    app.post(
      '/api/v1/leads/:id/stage',
      {
        config: { permission: 'leads:move' },
        schema: {
          tags: ['lifecycle'],
          summary: 'Move a lead to another stage by hand, with a reason',
          description:
            'For corrections both teams can audit (admins, marketing and sales managers). The usual moves happen by themselves: MQL by the playbook rule, SQL on accept, nurture/disqualified on reject, opportunity/customer from deals.',
          params: idParamsSchema,
          body: z.object({
            to: z.enum(STAGES),
            reason: z.string().trim().min(1, 'a manual move needs a reason').max(1000),
          }),
          response: {
            200: z.object({ lead: leadSchema, transition: transitionSchema }),
            ...AUTHED_ERRORS,
            404: errorResponseSchema,
            409: errorResponseSchema,
          },
        },
      },
      async (request) => {
        const playbook = await system.playbook();
        const { lead, transition } = await system.stores.transaction((stores) =>
          moveStage(
            stores,
            { hooks: system.hooks, playbook },
            { leadId: request.params.id, ...request.body, actor: principalOf(request).actor },
            system.clock.now(),
          ),
        );
        return { lead: leadResponse(lead), transition: transitionResponse(transition) };
      },
    );
  };
