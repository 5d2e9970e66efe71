import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { leadInputSchema } from '../../leads/lead-input.ts';
import { recordLead } from '../../leads/record-lead.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';
import { leadResponse, leadSchema } from './lead.schemas.ts';

export const postLead =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/v1/leads',
      {
        config: { permission: 'leads:write' },
        schema: {
          tags: ['leads'],
          summary: 'Create or update a lead by e-mail',
          description:
            'Upserts by normalized e-mail (trimmed, lower-cased): one person is one lead. Links the lead to a company by `company.domain`, or by the e-mail domain unless it is a free-mail provider. Answers 201 when created, 200 when updated. The lead is rescored at once (fit depends on the profile), so the answer shows its grade and, if the MQL rule now passes, stage `mql`.',
          body: leadInputSchema,
          response: { 200: leadSchema, 201: leadSchema, ...AUTHED_ERRORS },
        },
      },
      async (request, reply) => {
        const playbook = await system.playbook();
        const { lead, created } = await system.stores.transaction((stores) =>
          recordLead(stores, { playbook, hooks: system.hooks }, request.body, system.clock.now()),
        );
        const company = lead.companyId ? await system.stores.companies.byId(lead.companyId) : null;
        return reply.code(created ? 201 : 200).send(leadResponse(lead, company ?? null));
      },
    );
  };
