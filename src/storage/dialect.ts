import { type Kysely, sql } from 'kysely';

/**
 * The few places where SQLite and PostgreSQL differ, kept in one module.
 * Everything else is plain Kysely that both engines run as written.
 */
export type Engine = 'sqlite' | 'postgres';

/** Escapes `%`, `_` and `\` so user text matches literally inside LIKE (used with ESCAPE '\'). */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Deadlocks and serialization failures are safe to retry: the transaction left no trace. */
const PG_MAX_ATTEMPTS = 3;
const isRetryablePgError = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40P01' || code === '40001';
};

/**
 * Runs `work` in a write transaction. SQLite starts it with BEGIN IMMEDIATE so that a
 * second process (the CLI beside the server) waits on the busy timeout instead of
 * failing when both try to upgrade a read lock; PostgreSQL uses READ COMMITTED
 * (rows are locked FOR UPDATE when read for a change) and retries a deadlock.
 */
export async function inWriteTransaction<DB, T>(
  engine: Engine,
  db: Kysely<DB>,
  work: (trx: Kysely<DB>) => Promise<T>,
): Promise<T> {
  if (engine === 'postgres') {
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.transaction().execute(work);
      } catch (error) {
        if (attempt >= PG_MAX_ATTEMPTS || !isRetryablePgError(error)) {
          throw error;
        }
      }
    }
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
