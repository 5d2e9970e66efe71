import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../kernel/app-error.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS, idParamsSchema } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { leadResponse, leadSchema } from './lead.schemas.ts';

export const getLead =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/leads/:id',
      {
        config: { permission: 'leads:read' },
        schema: {
          tags: ['leads'],
          summary: 'One lead, with its company',
          description: 'The id of a lead merged into another answers with the surviving lead.',
          params: idParamsSchema,
          response: { 200: leadSchema, ...AUTHED_ERRORS, 404: errorResponseSchema },
        },
      },
      async (request) => {
        const lead = await system.stores.leads.byId(request.params.id);
        if (!lead) {
          throw new AppError('lead_not_found', `No lead with id ${request.params.id}.`);
        }
        const company = lead.companyId ? await system.stores.companies.byId(lead.companyId) : null;
        return leadResponse(lead, company ?? null);
      },
    );
  };
