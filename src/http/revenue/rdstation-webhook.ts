import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authenticate } from '../../access/authenticate.ts';
import { isAllowed } from '../../access/role.ts';
import { AppError } from '../../kernel/app-error.ts';
import { rdWebhookShape } from '../../revenue/imports/rdstation/parse-rd-webhook.ts';
import { recordRdWebhook } from '../../revenue/imports/rdstation/record-rd-webhook.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';
import { transitionResponse, transitionSchema } from '../leads/transition.schemas.ts';

/** RD Station's legacy batches can carry many leads with their form contents. */
const RD_BODY_LIMIT = 10 * 1024 * 1024;

const eventResultSchema = z.object({
  status: z.enum(['stored', 'duplicate', 'invalid']),
  id: z.string().optional(),
  leadId: z.string().optional(),
  message: z.string().optional(),
});

const resultSchema = z.object({
  status: z.enum(['stored', 'invalid']),
  leadId: z.string().optional(),
  created: z.boolean().optional(),
  events: z
    .array(eventResultSchema)
    .optional()
    .meta({ description: 'One per conversion: `duplicate` when RD delivered it before.' }),
  message: z.string().optional(),
});

export const rdStationWebhook =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/v1/integrations/rdstation',
      {
        bodyLimit: RD_BODY_LIMIT,
        schema: {
          tags: ['integrations'],
          summary: 'Inbound webhook for RD Station Marketing conversions',
          description:
            'Register `https://<your Bastão>/api/v1/integrations/rdstation?token=<token>` in RD Station (it cannot send headers; `Authorization: Bearer` works too). Use a token of role marketing or admin made for this. Accepts both shapes RD sends: the legacy batch `{ "leads": [ … ] }` and the contact webhook `{ "event_type": "WEBHOOK.CONVERTED", "contact": { … } }`. Each contact is upserted by e-mail, unknown fields kept as custom fields; each conversion becomes a `form_submit` event, so scoring and the MQL rule (and with it routing) react at once. Re-deliveries are recognised and stored once.',
          querystring: z.object({ token: z.string().max(200).optional() }),
          body: z.unknown(),
          response: {
            200: z.object({ results: z.array(resultSchema), transitions: z.array(transitionSchema) }),
            ...AUTHED_ERRORS,
          },
        },
      },
      async (request) => {
        const header = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
        const secret = header ?? request.query.token;
        if (!secret) {
          throw new AppError(
            'unauthorized',
            'Add ?token=<token> to the URL registered in RD Station (or send a bearer token).',
          );
        }
        const principal = await authenticate(system.stores, secret, system.clock.now());
        if (!principal) {
          throw new AppError('unauthorized', 'The token is unknown or revoked.');
        }
        if (!isAllowed(principal.role, 'integrations:write')) {
          throw new AppError('forbidden', `The role ${principal.role} may not do this (integrations:write).`);
        }
        const shape = rdWebhookShape(request.body);
        if (!shape.ok) {
          throw new AppError('invalid_request', shape.message);
        }
        const playbook = await system.playbook();
        const now = system.clock.now();
        const { results, transitions } = await system.stores.transaction((stores) =>
          recordRdWebhook(
            stores,
            { playbook, hooks: system.hooks, timeZone: system.config.timeZone },
            shape,
            now,
          ),
        );
        return { results, transitions: transitions.map(transitionResponse) };
      },
    );
  };
