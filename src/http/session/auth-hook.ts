import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authenticate } from '../../access/authenticate.ts';
import { isAllowed } from '../../access/role.ts';
import { authenticateSession } from '../../access/session.ts';
import { AppError } from '../../kernel/app-error.ts';
import type { System } from '../../system.ts';

/** The browser session's cookie: http-only, so page scripts never see it. */
export const SESSION_COOKIE = 'bastao_session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves who is calling every route that declares a permission: an API token
 * (`Authorization: Bearer`) or the web app's session cookie. Cookie-authenticated writes
 * must carry the CSRF token (`X-CSRF-Token`) the session answer gave; bearer tokens need
 * none, since a browser never sends them on its own.
 */
export function installAuthHook(app: FastifyInstance, system: System): void {
  /** True when the CSRF token is good; otherwise the plugin has already answered 403. */
  const csrfPasses = (request: FastifyRequest, reply: FastifyReply) =>
    new Promise<boolean>((resolve, reject) => {
      app.csrfProtection(request, reply, (error?: Error) => (error ? reject(error) : resolve(true)));
      // A bad token is answered with reply.send(error) (403, see the error handler), not next().
      if (reply.sent) {
        resolve(false);
      }
    });

  // preParsing: after the security headers (set on onRequest) and before a body is read.
  app.addHook('preParsing', async (request, reply, payload) => {
    const permission = request.routeOptions.config.permission;
    if (!permission) {
      return payload;
    }
    const header = request.headers.authorization;
    const sessionSecret = request.cookies[SESSION_COOKIE];
    const now = system.clock.now();
    if (header !== undefined || !sessionSecret) {
      const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
      if (!match?.[1]) {
        void reply.header('www-authenticate', 'Bearer');
        throw new AppError(
          'unauthorized',
          'Sign in, or send the header `Authorization: Bearer <token>`; create a token with `bastao token create --name NAME --role ROLE`.',
        );
      }
      const principal = await authenticate(system.stores, match[1], now);
      if (!principal) {
        void reply.header('www-authenticate', 'Bearer error="invalid_token"');
        throw new AppError('unauthorized', 'The token is unknown or revoked.');
      }
      request.principal = principal;
    } else {
      const signedIn = await authenticateSession(system.stores, sessionSecret, now);
      if (!signedIn) {
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        throw new AppError('unauthorized', 'Your session has ended; sign in again.');
      }
      if (!SAFE_METHODS.has(request.method) && !(await csrfPasses(request, reply))) {
        return payload;
      }
      request.principal = signedIn.principal;
    }
    if (!isAllowed(request.principal.role, permission)) {
      throw new AppError('forbidden', `The role ${request.principal.role} may not do this (${permission}).`);
    }
    return payload;
  });
}
