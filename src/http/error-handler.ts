import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppErrorCode, isAppError } from '../kernel/app-error.ts';

/** The one error shape of the API. */
export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z
        .string()
        .meta({ description: 'Stable machine-readable code, e.g. `invalid_request`, `lead_not_found`.' }),
      message: z.string().meta({ description: 'What went wrong and how to fix it, for a person.' }),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });

export const STATUS_OF: Record<AppErrorCode, number> = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  lead_not_found: 404,
  company_not_found: 404,
  user_not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
};

const body = (code: string, message: string, details?: unknown) => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

/** `/events/3/type` → `events[3].type` */
const readablePath = (context: string | undefined, instancePath: string): string => {
  const parts = instancePath.split('/').filter(Boolean);
  let out = context === 'body' || context === undefined ? '' : context;
  for (const part of parts) {
    out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out || (context ?? 'body');
};

/** Maps every failure to `{ error: { code, message, details? } }`; only bugs give 500. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send(body('not_found', `No route ${request.method} ${request.url.split('?')[0]}.`));
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const problems = error.validation.map((v) => ({
        path: readablePath(error.validationContext, v.instancePath),
        message: v.message,
      }));
      const message = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
      return reply.code(400).send(body('invalid_request', message, { problems }));
    }
    if (isAppError(error)) {
      return reply.code(STATUS_OF[error.code]).send(body(error.code, error.message, error.details));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return reply.code(500).send(body('internal', 'Internal error; it has been logged.'));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send(body(clientCode(error, status), clientMessage(error, status)));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(body('internal', 'Internal error; it has been logged.'));
  });
}

function clientCode(error: FastifyError, status: number): string {
  switch (status) {
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'rate_limited';
    case 403:
      return 'forbidden';
    default:
      return error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
        ? 'invalid_json'
        : 'invalid_request';
  }
}

function clientMessage(error: FastifyError, status: number): string {
  switch (error.code) {
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The body is empty; send a JSON object.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Unsupported Content-Type: send application/json.';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The body is too large for this route; split it into smaller requests.';
    case 'FST_CSRF_MISSING_SECRET':
    case 'FST_CSRF_INVALID_TOKEN':
      return 'Missing or invalid CSRF token (header `X-CSRF-Token`): reload the page and try again.';
    default:
      return status === 400 && error instanceof SyntaxError
        ? `The body is not valid JSON: ${error.message}`
        : error.message;
  }
}
