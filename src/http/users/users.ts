import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createUser } from '../../access/create-user.ts';
import { ROLES } from '../../access/role.ts';
import type { User } from '../../access/user.ts';
import { toIso } from '../../kernel/schema-helpers.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';

const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    isActive: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'User' });

const userResponse = (user: User) => ({
  ...user,
  createdAt: toIso(user.createdAt),
  updatedAt: toIso(user.updatedAt),
});

export const users =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/users',
      {
        config: { permission: 'users:read' },
        schema: {
          tags: ['users'],
          summary: 'The team: every user and role',
          response: { 200: z.object({ items: z.array(userSchema) }), ...AUTHED_ERRORS },
        },
      },
      async () => ({ items: (await system.stores.access.listUsers()).map(userResponse) }),
    );
    app.post(
      '/api/v1/users',
      {
        config: { permission: 'users:write' },
        schema: {
          tags: ['users'],
          summary: 'Add a user',
          body: z.object({
            email: z.string().max(320),
            name: z.string().trim().min(1).max(200),
            role: z.enum(ROLES),
          }),
          response: { 201: userSchema, ...AUTHED_ERRORS, 409: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const user = await system.stores.transaction((stores) =>
          createUser(stores, request.body, system.clock.now()),
        );
        return reply.code(201).send(userResponse(user));
      },
    );
  };
