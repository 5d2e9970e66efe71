import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createUser } from '../../access/create-user.ts';
import { MAX_PASSWORD_LENGTH } from '../../access/password.ts';
import { ROLES } from '../../access/role.ts';
import { hashNewPassword } from '../../access/session.ts';
import type { User } from '../../access/user.ts';
import { AppError } from '../../kernel/app-error.ts';
import { toIso } from '../../kernel/schema-helpers.ts';
import { teamMemberSettingsSchema } from '../../routing/team-member-schema.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    isActive: z.boolean(),
    team: z.string().nullable(),
    regions: z.array(z.string()),
    weight: z.number(),
    capacity: z.number().nullable(),
    outOfOffice: z.array(z.object({ from: z.string(), to: z.string() })),
    managerOf: z.array(z.string()).meta({ description: 'Teams whose escalations this user receives.' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'User' });

export const userResponse = ({ manages, outOfOffice, ...user }: User) => ({
  ...user,
  managerOf: manages,
  outOfOffice: outOfOffice.map((a) => ({ from: toIso(a.from), to: toIso(a.to) })),
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
    app.patch(
      '/api/v1/users/:id',
      {
        config: { permission: 'users:write' },
        schema: {
          tags: ['users'],
          summary:
            'Change a user’s team, regions, round-robin weight, capacity, availability or out-of-office',
          description: 'Fields left out keep their value. Routing reads these at the next MQL.',
          params: z.object({ id: z.string().min(1).max(64) }),
          body: teamMemberSettingsSchema,
          response: { 200: userSchema, ...AUTHED_ERRORS, 404: errorResponseSchema },
        },
      },
      async (request) => {
        const user = await system.stores.transaction(async (stores) => {
          const stored = await stores.access.userById(request.params.id);
          if (!stored) {
            throw new AppError('user_not_found', `No user with id ${request.params.id}.`);
          }
          const { managerOf, ...settings } = request.body;
          const updated: User = {
            ...stored,
            ...Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)),
            ...(managerOf === undefined ? {} : { manages: managerOf }),
            updatedAt: system.clock.now(),
          };
          await stores.access.updateUser(updated);
          return updated;
        });
        return userResponse(user);
      },
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
            password: z.string().max(MAX_PASSWORD_LENGTH).optional().meta({
              description:
                'Their web sign-in password (8+ characters); without one, only tokens act for them.',
            }),
          }),
          response: { 201: userSchema, ...AUTHED_ERRORS, 409: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const { password, ...input } = request.body;
        const passwordHash = password === undefined ? undefined : await hashNewPassword(password);
        const user = await system.stores.transaction((stores) =>
          createUser(stores, { ...input, passwordHash }, system.clock.now()),
        );
        return reply.code(201).send(userResponse(user));
      },
    );
  };
