import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../kernel/app-error.ts';
import { planImport } from '../../revenue/imports/plan-import.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS, idParamsSchema } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { principalOf } from '../principal.ts';
import { ImportJobs } from './import-jobs.ts';
import { importJobResponse, importJobSchema, importQuerySchema } from './imports.schemas.ts';
import { readUpload } from './read-upload.ts';

/** The largest upload (bytes): a CRM export of a few hundred thousand contacts. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The longest `GET /imports/:id?waitSeconds=` holds the answer. */
const MAX_WAIT_SECONDS = 60;

const TAGS = ['imports'];

/**
 * Imports from the web app and the API, the same code path as `bastao import`: the file
 * is read and checked in the request (a file that is not the format asked for is refused
 * with 400 and nothing is written), then applied in the background, in batches, one
 * import at a time; `GET /api/v1/imports/:id` shows progress and, at the end, what every
 * row did.
 */
export const importRoutes =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    const jobs = new ImportJobs(system);
    app.addHook('onClose', () => jobs.stop());
    // Exports arrive as they are (CSV, TSV, UTF-16, multipart): this scope reads bodies as bytes.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_r, body, done) =>
      done(null, body),
    );

    app.post(
      '/api/v1/imports',
      {
        config: { permission: 'integrations:write' },
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          tags: TAGS,
          summary: 'Import an export file (leads, deals or costs) in the background',
          description: `The body is the file itself (\`Content-Type: text/csv\`, any encoding) or \`multipart/form-data\` with one part per file (Olist: the MQL and the closed-deals files together). Up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB. History is recorded at its own dates; nothing is routed or notified. Importing the same file again changes nothing. Answers 202 with the job; follow it at \`GET /api/v1/imports/:id\`.`,
          querystring: importQuerySchema,
          response: { 202: importJobSchema, ...AUTHED_ERRORS, 413: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const { format, type, map, name } = request.query;
        const files = await readUpload(request.body, request.headers['content-type'], name);
        const planned = planImport(format, files, {
          timeZone: system.config.timeZone,
          ...(type ? { csvType: type } : {}),
          maps: map,
        });
        const job = jobs.enqueue(planned, {
          format,
          csvType: type ?? null,
          createdBy: principalOf(request).actor,
        });
        return reply.code(202).send(importJobResponse(job));
      },
    );

    app.get(
      '/api/v1/imports',
      {
        config: { permission: 'integrations:write' },
        schema: {
          tags: TAGS,
          summary: 'Recent imports of this server process, newest first (problems left out)',
          response: { 200: z.object({ items: z.array(importJobSchema) }), ...AUTHED_ERRORS },
        },
      },
      async () => ({ items: jobs.list().map((job) => importJobResponse(job, 0)) }),
    );

    app.get(
      '/api/v1/imports/:id',
      {
        config: { permission: 'integrations:write' },
        schema: {
          tags: TAGS,
          summary: 'One import: status, rows done of total, and what each file did',
          params: idParamsSchema,
          querystring: z.object({
            waitSeconds: z.coerce
              .number()
              .min(0)
              .max(MAX_WAIT_SECONDS)
              .default(0)
              .meta({ description: 'Hold the answer until the import ends, at most this long.' }),
          }),
          response: { 200: importJobSchema, ...AUTHED_ERRORS, 404: errorResponseSchema },
        },
      },
      async (request) => {
        const { id } = request.params;
        if (!jobs.get(id)) {
          throw new AppError(
            'not_found',
            `No import ${id} in this server process (the list restarts with it).`,
          );
        }
        await jobs.waitFor(id, request.query.waitSeconds * 1000);
        const job = jobs.get(id);
        if (!job) {
          throw new AppError('not_found', `No import ${id}.`);
        }
        return importJobResponse(job);
      },
    );
  };
