import { type Kysely, sql } from 'kysely';

/**
 * The few places where SQLite and PostgreSQL differ, kept in one module.
 * Everything else is plain Kysely that both engines run as written.
 */
export type Engine = 'sqlite' | 'postgres';

/** Escapes `%`, `_` and `\` so user text matches literally inside LIKE (used with ESCAPE '\'). */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Runs `work` in a write transaction. SQLite starts it with BEGIN IMMEDIATE so that a
 * second process (the CLI beside the server) waits on the busy timeout instead of
 * failing when both try to upgrade a read lock; PostgreSQL uses READ COMMITTED.
 */
export async function inWriteTransaction<DB, T>(
  engine: Engine,
  db: Kysely<DB>,
  work: (trx: Kysely<DB>) => Promise<T>,
): Promise<T> {
  if (engine === 'postgres') {
    return db.transaction().execute(work);
  }
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}
