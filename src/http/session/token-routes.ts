import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createToken } from '../../access/create-token.ts';
import { ROLES } from '../../access/role.ts';
import type { ApiToken, User } from '../../access/user.ts';
import { AppError } from '../../kernel/app-error.ts';
import { toIso, toIsoOrNull } from '../../kernel/schema-helpers.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS, idParamsSchema, isoSchema } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';

const TAGS = ['tokens'];

export const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    user: z
      .object({ id: z.string(), email: z.string(), name: z.string() })
      .nullable()
      .meta({ description: 'The user the token acts for; null for an integration’s own token.' }),
    prefix: z.string().meta({ description: 'The first characters of the secret, to tell tokens apart.' }),
    createdAt: isoSchema,
    lastUsedAt: isoSchema.nullable(),
    revokedAt: isoSchema.nullable(),
  })
  .meta({ id: 'ApiToken' });

const createdTokenSchema = tokenSchema
  .extend({
    secret: z.string().meta({ description: 'Shown only in this answer: store it now.' }),
  })
  .meta({ id: 'CreatedApiToken' });

const createTokenBody = z.object({
  name: z.string().trim().min(1, 'must name what the token is for').max(100),
  role: z.enum(ROLES),
  userEmail: z
    .string()
    .trim()
    .max(320)
    .optional()
    .meta({ description: 'Act as this user (a person’s own token); the user must exist.' }),
});

const tokenResponse = (token: ApiToken, users: ReadonlyMap<string, User>) => {
  const user = token.userId ? users.get(token.userId) : undefined;
  return {
    id: token.id,
    name: token.name,
    role: token.role,
    user: user ? { id: user.id, email: user.email, name: user.name } : null,
    prefix: token.prefix,
    createdAt: toIso(token.createdAt),
    lastUsedAt: toIsoOrNull(token.lastUsedAt),
    revokedAt: toIsoOrNull(token.revokedAt),
  };
};

/**
 * API tokens from the web app (admins): list them (never the secret nor its hash), issue
 * one (its secret shown once), revoke one. The CLI's `bastao token create` does the same.
 */
export const tokenRoutes =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    const usersById = async () =>
      new Map((await system.stores.access.listUsers()).map((user) => [user.id, user]));

    app.get(
      '/api/v1/tokens',
      {
        config: { permission: 'tokens:read' },
        schema: {
          tags: TAGS,
          summary: 'Every API token, newest first (revoked ones too), without secrets',
          response: { 200: z.object({ items: z.array(tokenSchema) }), ...AUTHED_ERRORS },
        },
      },
      async () => {
        const [tokens, users] = await Promise.all([system.stores.access.listTokens(), usersById()]);
        return { items: tokens.map((token) => tokenResponse(token, users)) };
      },
    );

    app.post(
      '/api/v1/tokens',
      {
        config: { permission: 'tokens:write' },
        schema: {
          tags: TAGS,
          summary: 'Issue an API token; its secret is in this answer only',
          body: createTokenBody,
          response: { 201: createdTokenSchema, ...AUTHED_ERRORS, 404: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const { name, role, userEmail } = request.body;
        const { token, secret } = await system.stores.transaction((stores) =>
          createToken(stores, { name, role, userEmail: userEmail || undefined }, system.clock.now()),
        );
        return reply.code(201).send({ ...tokenResponse(token, await usersById()), secret });
      },
    );

    app.delete(
      '/api/v1/tokens/:id',
      {
        config: { permission: 'tokens:write' },
        schema: {
          tags: TAGS,
          summary: 'Revoke an API token: it stops working at once',
          params: idParamsSchema,
          response: { 204: z.null(), ...AUTHED_ERRORS, 404: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const revoked = await system.stores.access.revokeToken(id, system.clock.now());
        if (!revoked) {
          const exists = (await system.stores.access.listTokens()).some((token) => token.id === id);
          throw new AppError(
            'not_found',
            exists ? `Token ${id} is already revoked.` : `No API token with id ${id}.`,
          );
        }
        return reply.code(204).send(null);
      },
    );
  };
