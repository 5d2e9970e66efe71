import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { collectBatch } from '../../capture/collect-batch.ts';
import { collectBodySchema, MAX_COLLECT_BYTES, MAX_COLLECT_EVENTS } from '../../capture/collect-input.ts';
import { isBot } from '../../capture/is-bot.ts';
import { isOriginAllowed, type Site } from '../../capture/site.ts';
import { AppError } from '../../kernel/app-error.ts';
import type { RateLimiter } from '../../kernel/rate-limiter.ts';
import type { System } from '../../system.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { allowOrigin, answerPreflight, enforceLimit, PUBLIC } from './capture-http.ts';

const querySchema = z.object({
  k: z.string().min(1).max(100).meta({ description: 'The site key of the snippet tag (`data-site`).' }),
});

/** Do-Not-Track or Global Privacy Control sent by the browser: honoured here too, not only in the snippet. */
const isOptedOut = (request: FastifyRequest): boolean =>
  request.headers.dnt === '1' || request.headers['sec-gpc'] === '1';

export const collectRoute =
  (system: System, limiter: RateLimiter): FastifyPluginAsyncZod =>
  async (app) => {
    /** The site of the key, when the request's `Origin` is one of its pages; else 404 / 403. */
    const siteFor = async (key: string, origin: string | undefined): Promise<Site> => {
      const site = await system.stores.sites.byKey(key);
      if (!site) {
        throw new AppError('not_found', 'Unknown site key: copy the snippet tag from the site’s settings.');
      }
      if (!isOriginAllowed(site, origin)) {
        throw new AppError(
          'forbidden',
          `Origin ${origin ?? '(none)'} is not among the site’s allowed origins; add it in the site’s settings.`,
        );
      }
      return site;
    };

    app.options(
      '/t/collect',
      { schema: { ...PUBLIC, hide: true, querystring: querySchema } },
      async (request, reply) => {
        await siteFor(request.query.k, request.headers.origin);
        return answerPreflight(reply, request.headers.origin ?? '');
      },
    );

    app.post(
      '/t/collect',
      {
        bodyLimit: MAX_COLLECT_BYTES,
        onRequest: async (request, reply) => {
          enforceLimit(limiter, `collect|${request.ip}`, system.clock.now(), reply);
        },
        schema: {
          ...PUBLIC,
          summary: 'Page events from the snippet',
          description: `What \`t.js\` sends (as \`text/plain\` JSON, so browsers need no preflight). Needs a known site key and an \`Origin\` among the site's allowed origins. At most ${MAX_COLLECT_EVENTS} events and ${MAX_COLLECT_BYTES / 1024} KB. Events of an anonymous visitor wait in its history; \`identify\` makes the visitor a lead and moves that history to the lead's timeline, with the original times. Bots (by user agent) and browsers sending \`DNT: 1\` or \`Sec-GPC: 1\` are answered \`accepted: 0\` and nothing is stored.`,
          querystring: querySchema,
          body: collectBodySchema,
          response: {
            200: z.object({ accepted: z.number().int().meta({ description: 'Events stored now.' }) }),
            400: errorResponseSchema,
            403: errorResponseSchema,
            404: errorResponseSchema,
            413: errorResponseSchema,
            415: errorResponseSchema,
            429: errorResponseSchema,
          },
        },
      },
      async (request, reply) => {
        const site = await siteFor(request.query.k, request.headers.origin);
        allowOrigin(reply, request.headers.origin ?? '');
        if (isBot(request.headers['user-agent']) || isOptedOut(request)) {
          return { accepted: 0 };
        }
        const playbook = await system.playbook();
        const { accepted } = await system.stores.transaction((stores) =>
          collectBatch(
            stores,
            { playbook, hooks: system.hooks },
            { site, body: request.body },
            system.clock.now(),
          ),
        );
        return { accepted };
      },
    );
  };
