import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../kernel/app-error.ts';
import { costDraftFrom, costInputSchema, monthSchema } from '../../revenue/revenue-input.ts';
import { upsertCost } from '../../revenue/upsert-cost.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';
import { costResponse, costSchema } from './revenue.schemas.ts';

export const costRoutes =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/v1/costs',
      {
        config: { permission: 'costs:write' },
        schema: {
          tags: ['revenue'],
          summary: 'Set what marketing spent on a channel (and campaign) in a month',
          description:
            'One amount per month, channel and campaign (omit `campaign` for the channel as a whole): posting the same key again replaces the amount. The channel is the leads’ first-touch channel, so cost per lead, CAC and ROI group them together. Answers 201 when created, 200 otherwise. Many months at once: `bastao import csv --type costs FILE`.',
          body: costInputSchema,
          response: { 200: costSchema, 201: costSchema, ...AUTHED_ERRORS },
        },
      },
      async (request, reply) => {
        const { cost, outcome } = await system.stores.transaction((stores) =>
          upsertCost(stores, costDraftFrom(request.body), system.clock.now()),
        );
        return reply.code(outcome === 'created' ? 201 : 200).send(costResponse(cost));
      },
    );

    app.get(
      '/api/v1/costs',
      {
        config: { permission: 'costs:read' },
        schema: {
          tags: ['revenue'],
          summary: 'Costs by month, channel and campaign',
          querystring: z.object({
            from: monthSchema.optional().meta({ description: 'First month, inclusive (YYYY-MM).' }),
            to: monthSchema.optional().meta({ description: 'Last month, inclusive (YYYY-MM).' }),
            channel: z.string().max(100).optional(),
          }),
          response: { 200: z.object({ items: z.array(costSchema) }), ...AUTHED_ERRORS },
        },
      },
      async (request) => {
        const { from, to, channel } = request.query;
        if (from && to && from > to) {
          throw new AppError('invalid_request', `from (${from}) is after to (${to}).`);
        }
        const items = await system.stores.costs.list({
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(channel ? { channel } : {}),
        });
        return { items: items.map(costResponse) };
      },
    );
  };
