import type { Kysely } from 'kysely';

// Browser sessions for the web app: the cookie carries a random secret, the table only its
// SHA-256 (a database dump signs nobody in). Idle and absolute expiry are both stored.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
}

export async function down(): Promise<void> {
  throw new Error('Bastão migrations are forward-only: restore a backup to go back.');
}
