import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { eventInputSchema, MAX_EVENTS_PER_BATCH } from '../../events/event-input.ts';
import { recordEvents } from '../../events/record-events.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { transitionResponse, transitionSchema } from '../leads/transition.schemas.ts';

const resultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('stored'), id: z.string(), leadId: z.string() }),
  z.object({
    status: z.literal('duplicate'),
    id: z.string().meta({ description: 'The event stored earlier with that key.' }),
  }),
  z.object({ status: z.literal('invalid'), message: z.string() }),
]);

/** 1,000 events of up to 16 KB of props each, plus envelope. */
const EVENTS_BODY_LIMIT = 20 * 1024 * 1024;

export const postEvents =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/v1/events',
      {
        bodyLimit: EVENTS_BODY_LIMIT,
        config: { permission: 'events:write' },
        schema: {
          tags: ['events'],
          summary: 'Append interactions to leads’ timelines',
          description: `Up to ${MAX_EVENTS_PER_BATCH} events. Each item is checked on its own: the answer has one result per item, in order — \`stored\`, \`duplicate\` (its idempotency key was seen before; nothing stored twice) or \`invalid\` (with a message). One bad item never drops the good ones. An unknown e-mail creates the lead. Each lead that got an event is rescored and the MQL rule applied before the answer, so \`transitions\` lists the leads that became MQL.`,
          body: z.object({
            events: z
              .array(z.unknown().meta({ ...z.toJSONSchema(eventInputSchema, { io: 'input' }) }))
              .min(1, 'send at least one event')
              .max(
                MAX_EVENTS_PER_BATCH,
                `at most ${MAX_EVENTS_PER_BATCH} events per request; split the batch`,
              ),
          }),
          response: {
            200: z.object({
              results: z.array(resultSchema),
              summary: z.object({ stored: z.number(), duplicate: z.number(), invalid: z.number() }),
              transitions: z.array(transitionSchema).meta({
                description: 'Stage changes the batch caused, e.g. a lead that crossed the MQL rule.',
              }),
            }),
            ...AUTHED_ERRORS,
            413: errorResponseSchema,
          },
        },
      },
      async (request) => {
        const playbook = await system.playbook();
        const outcome = await system.stores.transaction((stores) =>
          recordEvents(stores, { playbook, hooks: system.hooks }, request.body.events, system.clock.now()),
        );
        const summary = { stored: 0, duplicate: 0, invalid: 0 };
        for (const result of outcome.results) {
          summary[result.status] += 1;
        }
        return {
          results: outcome.results,
          summary,
          transitions: outcome.transitions.map(transitionResponse),
        };
      },
    );
  };
