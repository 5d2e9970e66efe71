import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../kernel/app-error.ts';
import { ownerDirectory } from '../../revenue/imports/owner-directory.ts';
import { leadForDeal } from '../../revenue/lead-for-deal.ts';
import { recordDeal } from '../../revenue/record-deal.ts';
import { dealDraftFrom, dealInputSchema, isInFuture } from '../../revenue/revenue-input.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { leadResponse, leadSchema } from '../leads/lead.schemas.ts';
import { transitionResponse, transitionSchema } from '../leads/transition.schemas.ts';
import { principalOf } from '../principal.ts';
import { dealResponse, dealSchema } from './revenue.schemas.ts';

const answerSchema = z.object({
  deal: dealSchema,
  lead: leadSchema,
  transitions: z
    .array(transitionSchema)
    .meta({ description: 'The stage changes this deal made to its lead.' }),
});

export const postDeal =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/v1/deals',
      {
        config: { permission: 'deals:write' },
        schema: {
          tags: ['revenue'],
          summary: 'Create or update a deal (from the CRM/ERP)',
          description:
            'Upserts by `externalId` (the CRM’s id; without one, every post is a new deal). The deal moves its lead forward at the deal’s dates: to `opportunity` when opened, to `customer` when won — never backwards, and a customer stays a customer. Moving to opportunity or customer stops the lead’s open SLA clocks and never routes it. A change to won or lost is announced once (`deal.won` / `deal.lost` webhooks). Answers 201 when created, 200 otherwise.',
          body: dealInputSchema,
          response: { 200: answerSchema, 201: answerSchema, ...AUTHED_ERRORS, 404: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const now = system.clock.now();
        const input = request.body;
        for (const field of ['createdAt', 'closedAt'] as const) {
          if (isInFuture(input[field], now)) {
            throw new AppError('invalid_request', `${field}: is in the future; check the sender's clock`);
          }
        }
        const playbook = await system.playbook();
        const result = await system.stores.transaction(async (stores) => {
          const ref =
            input.leadId !== undefined ? { leadId: input.leadId } : { email: input.lead?.email ?? '' };
          const lead = await leadForDeal(stores, ref, now);
          return recordDeal(
            stores,
            {
              playbook,
              hooks: system.hooks,
              live: true,
              actor: principalOf(request).actor,
              ownerIdFor: async (owner) => ownerDirectory(await stores.access.listUsers())(owner),
            },
            lead,
            dealDraftFrom(input),
            now,
          );
        });
        return reply.code(result.outcome === 'created' ? 201 : 200).send({
          deal: dealResponse(result.deal),
          lead: leadResponse(result.lead),
          transitions: result.transitions.map(transitionResponse),
        });
      },
    );
  };
