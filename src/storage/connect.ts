import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Engine } from './dialect.ts';
import type { Database } from './schema.ts';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** Where the data lives, for logs (no password). */
  location: string;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** `postgres://…` selects PostgreSQL; otherwise the embedded SQLite file in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** SQLite `synchronous`: NORMAL survives a killed process, FULL also a power cut. */
  sqliteSync?: 'NORMAL' | 'FULL';
  /** An idle PostgreSQL connection died (server restart, idle kill): reported, not fatal. */
  onIdleError?: (error: Error) => void;
}

// PostgreSQL returns bigint (int8, oid 20) and numeric (oid 1700) as strings; our
// bigints are epoch ms and counts, well inside Number's exact range.
const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === PG_INT8 || oid === PG_NUMERIC
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  const url = options.databaseUrl?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10, types: pgTypes });
    // Without a listener, an error on an idle client is an uncaught 'error' event that ends
    // the process; the pool drops that client and opens a new one on the next query.
    pool.on('error', (error) => options.onIdleError?.(error));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', location: redact(url), close: () => db.destroy() };
  }
  if (url) {
    throw new Error(
      `DATABASE_URL must start with postgres:// (got "${redact(url)}"); unset it to use the embedded SQLite database.`,
    );
  }
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, 'bastao.sqlite');
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${options.sqliteSync ?? 'NORMAL'}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, engine: 'sqlite', location: file, close: () => db.destroy() };
}

/** Distinct SQL texts kept prepared; the app issues a few hundred at most. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; preparing is a fifth of the cost of a small write on
 * SQLite (measured with --cpu-prof). Reuse prepared statements by SQL text instead.
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (source: string) => {
    let statement = cache.get(source);
    if (!statement) {
      statement = sqlite.prepare(source);
      if (cache.size >= STATEMENT_CACHE_SIZE) {
        cache.delete(cache.keys().next().value as string);
      }
      cache.set(source, statement);
    }
    return statement;
  };
  return new Proxy(sqlite, {
    get: (target, property) => {
      if (property === 'prepare') {
        return prepare;
      }
      const value: unknown = Reflect.get(target, property, target);
      // Native methods must run on the real database object, not on the proxy.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const redact = (url: string): string => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
