import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../kernel/app-error.ts';
import type { RateLimiter } from '../../kernel/rate-limiter.ts';
import type { System } from '../../system.ts';

/**
 * Body parsers of the public capture routes (registered in their plugin only): the
 * snippet sends JSON as `text/plain` (a CORS-simple request: no preflight, and what
 * `sendBeacon` can send), and plain HTML forms post `application/x-www-form-urlencoded`.
 */
export function addCaptureParsers(app: FastifyInstance): void {
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, JSON.parse(body as string));
    } catch (error) {
      done(
        new AppError('invalid_request', `The body is not valid JSON: ${(error as Error).message}`),
        undefined,
      );
    }
  });
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      const fields: Record<string, string> = {};
      for (const [name, value] of new URLSearchParams(body as string)) {
        // Checkbox groups repeat a name: keep every value.
        fields[name] = name in fields ? `${fields[name]}, ${value}` : value;
      }
      done(null, fields);
    },
  );
}

/** Counts the request against `limiter`; over the limit, 429 with `Retry-After` (seconds). */
export function enforceLimit(limiter: RateLimiter, key: string, now: number, reply: FastifyReply): void {
  const decision = limiter.hit(key, now);
  if (!decision.ok) {
    void reply.header('retry-after', String(Math.max(1, Math.ceil(decision.retryAfterMs / 1000))));
    throw new AppError('rate_limited', 'Too many requests from this address; try again later.');
  }
}

/** Lets the page on `origin` read the answer (CORS); every answer varies by `Origin`. */
export function allowOrigin(reply: FastifyReply, origin: string): void {
  void reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
}

/** The answer to a CORS preflight from an origin that may post here. */
export function answerPreflight(reply: FastifyReply, origin: string): FastifyReply {
  allowOrigin(reply, origin);
  return reply
    .header('access-control-allow-methods', 'POST')
    .header('access-control-allow-headers', 'content-type')
    .header('access-control-max-age', '86400')
    .code(204)
    .send();
}

/** The address people reach Bastão at: `BASTAO_PUBLIC_URL`, else what this request used. */
export const publicBaseUrl = (system: System, request: FastifyRequest): string =>
  (system.config.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');

/** Public routes have no bearer token: say so in the OpenAPI document. */
export const PUBLIC = { security: [] as Array<Record<string, string[]>>, tags: ['tracking'] };
