import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../access/role.ts';
import type { AccessStore, ApiToken, User } from '../access/user.ts';
import { parseJson } from './json.ts';
import type { ApiTokensTable, Database, UsersTable } from './schema.ts';

const rowFromUser = (user: User): Selectable<UsersTable> => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  password_hash: null,
  is_active: user.isActive ? 1 : 0,
  team: user.team,
  regions: JSON.stringify(user.regions),
  weight: user.weight,
  capacity: user.capacity,
  out_of_office: JSON.stringify(user.outOfOffice),
  manages: JSON.stringify(user.manages),
  created_at: user.createdAt,
  updated_at: user.updatedAt,
});

const userFromRow = (row: Selectable<UsersTable>): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as Role,
  isActive: row.is_active === 1,
  team: row.team,
  regions: parseJson<string[]>(row.regions, []),
  weight: row.weight,
  capacity: row.capacity,
  outOfOffice: parseJson<{ from: number; to: number }[]>(row.out_of_office, []),
  manages: parseJson<string[]>(row.manages, []),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const tokenFromRow = (row: Selectable<ApiTokensTable>): ApiToken => ({
  id: row.id,
  name: row.name,
  role: row.role as Role,
  userId: row.user_id,
  prefix: row.token_prefix,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

export function sqlAccessStore(db: Kysely<Database>): AccessStore {
  return {
    async userByEmail(email) {
      const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      return row ? userFromRow(row) : undefined;
    },
    async userById(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? userFromRow(row) : undefined;
    },
    async insertUser(user) {
      const result = await db
        .insertInto('users')
        .values(rowFromUser(user))
        .onConflict((oc) => oc.column('email').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async listUsers() {
      const rows = await db.selectFrom('users').selectAll().orderBy('name').execute();
      return rows.map(userFromRow);
    },
    async updateUser(user) {
      // The password hash is managed by sign-in, not by profile updates.
      const { id, password_hash: _password, ...row } = rowFromUser(user);
      await db.updateTable('users').set(row).where('id', '=', id).execute();
    },
    async countUsersAndTokens() {
      const users = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const tokens = await db
        .selectFrom('api_tokens')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('revoked_at', 'is', null)
        .executeTakeFirstOrThrow();
      return { users: Number(users.n), tokens: Number(tokens.n) };
    },
    async insertToken(token, hash) {
      await db
        .insertInto('api_tokens')
        .values({
          id: token.id,
          name: token.name,
          role: token.role,
          user_id: token.userId,
          token_hash: hash,
          token_prefix: token.prefix,
          created_at: token.createdAt,
          last_used_at: token.lastUsedAt,
          revoked_at: token.revokedAt,
        })
        .execute();
    },
    async tokenByHash(hash) {
      const row = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('token_hash', '=', hash)
        .executeTakeFirst();
      return row ? tokenFromRow(row) : undefined;
    },
    async touchToken(id, at) {
      await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
    },
    async listTokens() {
      const rows = await db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').execute();
      return rows.map(tokenFromRow);
    },
    async revokeToken(id, at) {
      const result = await db
        .updateTable('api_tokens')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async passwordHashOf(userId) {
      const row = await db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', userId)
        .executeTakeFirst();
      return row?.password_hash ?? null;
    },
    async setPasswordHash(userId, hash) {
      await db.updateTable('users').set({ password_hash: hash }).where('id', '=', userId).execute();
    },
    async insertSession(hash, session, userAgent) {
      await db
        .insertInto('sessions')
        .values({
          id_hash: hash,
          user_id: session.userId,
          created_at: session.createdAt,
          last_seen_at: session.lastSeenAt,
          expires_at: session.expiresAt,
          user_agent: userAgent,
        })
        .execute();
    },
    async sessionByHash(hash) {
      const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', hash).executeTakeFirst();
      return row
        ? {
            userId: row.user_id,
            createdAt: row.created_at,
            lastSeenAt: row.last_seen_at,
            expiresAt: row.expires_at,
          }
        : undefined;
    },
    async touchSession(hash, lastSeenAt, expiresAt) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
        .where('id_hash', '=', hash)
        .execute();
    },
    async deleteSession(hash) {
      await db.deleteFrom('sessions').where('id_hash', '=', hash).execute();
    },
    async deleteSessionsOf(userId, except) {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (except !== undefined) {
        query = query.where('id_hash', '!=', except);
      }
      await query.execute();
    },
  };
}
