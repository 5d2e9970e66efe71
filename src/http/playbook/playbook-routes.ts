import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../kernel/app-error.ts';
import { toIsoOrNull } from '../../kernel/schema-helpers.ts';
import { applyPlaybook } from '../../playbook/apply-playbook.ts';
import { LANGS } from '../../playbook/playbook-schema.ts';
import { versionInfo } from '../../playbook/playbook-store.ts';
import { renderPlaybook } from '../../playbook/render-playbook.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { principalOf } from '../principal.ts';
import {
  playbookVersionSchema,
  submissionOf,
  submissionSchema,
  summaryResponse,
  versionResponse,
  versionSummarySchema,
} from './playbook.schemas.ts';

const rescoreSchema = z
  .object({
    version: z.number().int(),
    total: z.number().int(),
    done: z.number().int(),
    qualified: z.number().int(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .nullable()
  .meta({ id: 'RescoreProgress' });

export const playbookRoutes =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    const rescoreStatus = () => {
      const p = system.rescore.status();
      return p === null
        ? null
        : { ...p, startedAt: new Date(p.startedAt).toISOString(), finishedAt: toIsoOrNull(p.finishedAt) };
    };

    app.get(
      '/api/v1/playbook',
      {
        config: { permission: 'playbook:read' },
        schema: {
          tags: ['playbook'],
          summary: 'The playbook in force (the agreement between Marketing and Sales)',
          response: { 200: playbookVersionSchema, ...AUTHED_ERRORS },
        },
      },
      async () => versionResponse(await system.playbook()),
    );

    app.put(
      '/api/v1/playbook',
      {
        config: { permission: 'playbook:write' },
        schema: {
          tags: ['playbook'],
          summary: 'Apply a new version of the playbook',
          description:
            'Validates the document (every problem is listed with the path of its field, nothing changes on error), stores it as the next version with who and why, and rescores every lead in the background (`GET /api/v1/playbook/rescore` shows progress). With `requalify: true`, leads that now pass the MQL rule become MQL; otherwise they move on their next event.',
          body: submissionSchema.and(
            z.object({
              note: z
                .string()
                .trim()
                .max(2000)
                .optional()
                .meta({ description: 'Why this change (shown in the history).' }),
              requalify: z.boolean().default(false),
            }),
          ),
          response: {
            201: z.object({ version: versionSummarySchema, rescore: rescoreSchema }),
            ...AUTHED_ERRORS,
            409: errorResponseSchema,
          },
        },
      },
      async (request, reply) => {
        const version = await system.stores.transaction((stores) =>
          applyPlaybook(
            stores,
            submissionOf(request.body),
            { actor: principalOf(request).actor, note: request.body.note || null },
            system.clock.now(),
          ),
        );
        void system.rescore.start(version, { requalify: request.body.requalify });
        return reply.code(201).send({ version: summaryResponse(version), rescore: rescoreStatus() });
      },
    );

    app.get(
      '/api/v1/playbook/versions',
      {
        config: { permission: 'playbook:read' },
        schema: {
          tags: ['playbook'],
          summary: 'Every version, newest first: who applied it, when and why',
          response: { 200: z.object({ items: z.array(versionSummarySchema) }), ...AUTHED_ERRORS },
        },
      },
      async () => ({ items: (await system.stores.playbooks.list()).map(summaryResponse) }),
    );

    app.get(
      '/api/v1/playbook/versions/:version',
      {
        config: { permission: 'playbook:read' },
        schema: {
          tags: ['playbook'],
          summary: 'One version of the playbook',
          params: z.object({ version: z.coerce.number().int().min(1) }),
          response: { 200: playbookVersionSchema, ...AUTHED_ERRORS, 404: errorResponseSchema },
        },
      },
      async (request) => {
        const version = await system.stores.playbooks.byVersion(request.params.version);
        if (!version) {
          throw new AppError('not_found', `There is no playbook version ${request.params.version}.`);
        }
        return versionResponse(version);
      },
    );

    app.get(
      '/api/v1/playbook/document',
      {
        config: { permission: 'playbook:read' },
        schema: {
          tags: ['playbook'],
          summary: 'The playbook as the written agreement both teams read (Markdown or printable HTML)',
          querystring: z.object({
            format: z.enum(['md', 'html']).default('html'),
            lang: z.enum(LANGS).default('pt-BR'),
            version: z.coerce.number().int().min(1).optional(),
          }),
          response: { 200: z.string(), ...AUTHED_ERRORS, 404: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const { format, lang } = request.query;
        const version =
          request.query.version === undefined
            ? await system.playbook()
            : await system.stores.playbooks.byVersion(request.query.version);
        if (!version) {
          throw new AppError('not_found', `There is no playbook version ${request.query.version}.`);
        }
        const text = renderPlaybook(version.playbook, { format, lang, version: versionInfo(version) });
        return reply
          .type(format === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8')
          .send(text);
      },
    );

    app.get(
      '/api/v1/playbook/rescore',
      {
        config: { permission: 'playbook:read' },
        schema: {
          tags: ['playbook'],
          summary: 'Progress of the rescore that follows a playbook change',
          response: { 200: z.object({ rescore: rescoreSchema }), ...AUTHED_ERRORS },
        },
      },
      async () => ({ rescore: rescoreStatus() }),
    );
  };
