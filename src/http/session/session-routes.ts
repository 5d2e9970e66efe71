import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, verifyPassword } from '../../access/password.ts';
import { PERMISSIONS, type Permission } from '../../access/role.ts';
import { hashNewPassword, signIn, signOut, storePassword } from '../../access/session.ts';
import type { Principal, User } from '../../access/user.ts';
import { AppError } from '../../kernel/app-error.ts';
import { RateLimiter } from '../../kernel/rate-limiter.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { principalOf } from '../principal.ts';
import { userResponse, userSchema } from '../users/users.ts';
import { SESSION_COOKIE } from './auth-hook.ts';

/** Sign-in attempts per e-mail and IP address, and per IP address, in 15 minutes. */
const ATTEMPTS_PER_ACCOUNT = 10;
const ATTEMPTS_PER_IP = 50;
const ATTEMPT_WINDOW_MS = 15 * 60_000;

const sessionSchema = z
  .object({
    user: userSchema.nullable().meta({ description: 'Null for an API token not tied to a user.' }),
    role: z.string(),
    permissions: z
      .array(z.string())
      .meta({ description: 'What this role may do: the UI shows only these actions.' }),
    csrfToken: z
      .string()
      .nullable()
      .meta({ description: 'Send as `X-CSRF-Token` on every write made with the session cookie.' }),
    workspace: z.object({ timeZone: z.string(), currency: z.string() }),
  })
  .meta({ id: 'Session' });

const credentialsSchema = z.object({
  email: z.string().trim().min(1, 'enter your e-mail').max(320),
  password: z.string().min(1, 'enter your password').max(MAX_PASSWORD_LENGTH),
});

/** Web sign-in: the session cookie, who is signed in, the CSRF token; sign-out; own password. */
export const sessionRoutes =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    const perAccount = new RateLimiter({ max: ATTEMPTS_PER_ACCOUNT, windowMs: ATTEMPT_WINDOW_MS });
    const perIp = new RateLimiter({ max: ATTEMPTS_PER_IP, windowMs: ATTEMPT_WINDOW_MS });

    const describe = async (
      reply: FastifyReply,
      principal: Principal,
      user: User | null,
      secret?: string,
    ) => {
      const playbook = await system.playbook();
      const currency = (playbook.playbook.money as { currency?: string } | undefined)?.currency ?? 'BRL';
      return {
        user: user ? userResponse(user) : null,
        role: principal.role,
        permissions: (Object.keys(PERMISSIONS) as Permission[]).filter((p) =>
          (PERMISSIONS[p] as readonly string[]).includes(principal.role),
        ),
        // The CSRF token is tied to the session secret: a token from another session fails.
        csrfToken: secret ? reply.generateCsrf({ userInfo: secret } as never) : null,
        workspace: { timeZone: system.config.timeZone, currency },
      };
    };

    const secure = (request: FastifyRequest) =>
      request.protocol === 'https' || (system.config.publicUrl ?? '').startsWith('https:');

    app.post(
      '/api/v1/session',
      {
        schema: {
          tags: ['session'],
          summary: 'Sign in to the web app with e-mail and password',
          description: `Sets the http-only session cookie \`${SESSION_COOKIE}\`. ${ATTEMPTS_PER_ACCOUNT} attempts per e-mail and address every 15 minutes.`,
          security: [],
          body: credentialsSchema,
          response: {
            200: sessionSchema,
            400: errorResponseSchema,
            401: errorResponseSchema,
            429: errorResponseSchema,
          },
        },
      },
      async (request, reply) => {
        const now = system.clock.now();
        const email = request.body.email.toLowerCase();
        for (const decision of [perIp.hit(request.ip, now), perAccount.hit(`${request.ip}|${email}`, now)]) {
          if (!decision.ok) {
            void reply.header('retry-after', Math.ceil(decision.retryAfterMs / 1000));
            throw new AppError(
              'rate_limited',
              'Too many sign-in attempts; wait a few minutes and try again.',
            );
          }
        }
        const { secret, user, session } = await signIn(
          system.stores,
          { ...request.body, userAgent: request.headers['user-agent'] },
          now,
        );
        void reply.setCookie(SESSION_COOKIE, secret, {
          httpOnly: true,
          sameSite: 'lax',
          secure: secure(request),
          path: '/',
          // Relative, so a client whose clock is off still keeps it; the server enforces expiry.
          maxAge: Math.floor((session.expiresAt - now) / 1000),
        });
        const principal: Principal = {
          tokenId: null,
          role: user.role,
          userId: user.id,
          actor: `user:${user.email}`,
        };
        return describe(reply, principal, user, secret);
      },
    );

    app.get(
      '/api/v1/session',
      {
        config: { permission: 'self' },
        schema: {
          tags: ['session'],
          summary: 'Who is signed in, what they may do, and the CSRF token for writes',
          response: { 200: sessionSchema, ...AUTHED_ERRORS },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        const user = principal.userId
          ? ((await system.stores.access.userById(principal.userId)) ?? null)
          : null;
        const secret = principal.tokenId === null ? request.cookies[SESSION_COOKIE] : undefined;
        return describe(reply, principal, user, secret);
      },
    );

    app.delete(
      '/api/v1/session',
      {
        config: { permission: 'self' },
        schema: {
          tags: ['session'],
          summary: 'Sign out (ends this session)',
          response: { 204: z.null(), ...AUTHED_ERRORS },
        },
      },
      async (request, reply) => {
        const secret = request.cookies[SESSION_COOKIE];
        if (secret) {
          await signOut(system.stores, secret);
        }
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );

    app.put(
      '/api/v1/me/password',
      {
        config: { permission: 'self' },
        schema: {
          tags: ['session'],
          summary: 'Change my password (signs out my other sessions)',
          body: z.object({
            currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
            newPassword: z.string().max(MAX_PASSWORD_LENGTH),
          }),
          response: { 204: z.null(), ...AUTHED_ERRORS },
        },
      },
      async (request, reply) => {
        const { userId } = principalOf(request);
        if (userId === null) {
          throw new AppError('invalid_request', 'This token is not tied to a user.');
        }
        const stored = await system.stores.access.passwordHashOf(userId);
        if (!stored || !(await verifyPassword(request.body.currentPassword, stored))) {
          throw new AppError('invalid_request', 'currentPassword: that is not your current password.');
        }
        const hash = await hashNewPassword(request.body.newPassword);
        await system.stores.transaction((stores) =>
          storePassword(stores, userId, hash, request.cookies[SESSION_COOKIE]),
        );
        return reply.code(204).send(null);
      },
    );
  };
