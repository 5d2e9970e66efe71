import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_EMAIL_EVENTS, mapEmailEvents } from '../../capture/email-events.ts';
import type { EventResult } from '../../events/ingest-events.ts';
import { recordEvents } from '../../events/record-events.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { transitionResponse, transitionSchema } from '../leads/transition.schemas.ts';

const TAGS = ['tracking'];

const resultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('stored'), id: z.string(), leadId: z.string() }),
  z.object({ status: z.literal('duplicate'), id: z.string() }),
  z.object({ status: z.literal('invalid'), message: z.string() }),
]);

/** E-mail providers' webhooks, in the generic format of docs/tracking.md. */
export const emailEventsRoute =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/v1/integrations/email-events',
      {
        config: { permission: 'events:write' },
        schema: {
          tags: TAGS,
          summary: 'E-mail provider events (generic format)',
          description: `Opens, clicks, bounces, unsubscribes and complaints from an e-mail provider's webhook, mapped to the generic format of docs/tracking.md: \`{ "events": [{ "type": "open|click|bounce|unsubscribe|complaint", "email", "occurredAt", "campaign"?, "url"?, "id"? }] }\`, up to ${MAX_EMAIL_EVENTS}. They go through the same pipeline as \`POST /api/v1/events\` (an unknown e-mail creates the lead; \`id\` makes a redelivery store nothing twice). One result per item, in order.`,
          body: z.object({
            events: z.array(z.unknown()).min(1, 'send at least one event').max(MAX_EMAIL_EVENTS),
          }),
          response: {
            200: z.object({
              results: z.array(resultSchema),
              summary: z.object({ stored: z.number(), duplicate: z.number(), invalid: z.number() }),
              transitions: z.array(transitionSchema),
            }),
            ...AUTHED_ERRORS,
            413: errorResponseSchema,
          },
        },
      },
      async (request) => {
        const mapped = mapEmailEvents(request.body.events);
        const items = mapped.flatMap((m) => (m.ok ? [m.item] : []));
        const playbook = await system.playbook();
        const outcome = await system.stores.transaction((stores) =>
          recordEvents(stores, { playbook, hooks: system.hooks }, items, system.clock.now()),
        );
        const recorded = outcome.results[Symbol.iterator]();
        const results: EventResult[] = mapped.map((m) =>
          m.ok
            ? (recorded.next().value ?? { status: 'invalid', message: 'not processed' })
            : { status: 'invalid', message: m.message },
        );
        const summary = { stored: 0, duplicate: 0, invalid: 0 };
        for (const result of results) {
          summary[result.status] += 1;
        }
        return { results, summary, transitions: outcome.transitions.map(transitionResponse) };
      },
    );
  };
