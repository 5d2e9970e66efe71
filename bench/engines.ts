import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { type Config, loadConfig } from '../src/config.ts';
import type { Engine } from '../src/storage/dialect.ts';
import { createLogger, openSystem, type System } from '../src/system.ts';
import { loadEmbeddedPostgres } from '../test/embedded-postgres.ts';

export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

/** The driver itself, for baselines that measure what the engine can do without the product. */
export type RawDriver =
  | { engine: 'sqlite'; sqlite: SQLite.Database; close(): Promise<void> }
  | { engine: 'postgres'; client: pg.Client; close(): Promise<void> };

/** A fresh, migrated, empty database of its own. */
export interface BenchDatabase {
  /** The product on this database, as `bastao start` would open it (logs silenced). */
  openSystem(): Promise<System>;
  /** A driver connection with the product's settings (SQLite pragmas of `storage/connect.ts`). */
  openRaw(): Promise<RawDriver>;
}

/** One engine for the length of a run: what every benchmark module receives. */
export interface EngineContext {
  engine: Engine;
  /** e.g. `SQLite 3.50.2` or `PostgreSQL 18.0`. */
  version: string;
  /** Durability settings the numbers were measured with, for the report. */
  settings: string;
  createDatabase(): Promise<BenchDatabase>;
}

/**
 * Starts the engine, hands it to `work`, and tears everything down afterwards, even when
 * `work` throws: open systems and connections are closed, databases and folders removed.
 */
export async function withEngine<T>(
  engine: Engine,
  work: (context: EngineContext) => Promise<T>,
): Promise<T> {
  const cleanups: Array<() => Promise<void>> = [];
  const tracked = <H extends { close(): Promise<void> }>(handle: H): H => {
    const close = once(() => handle.close());
    cleanups.push(close);
    return { ...handle, close };
  };
  try {
    const context =
      engine === 'sqlite' ? sqliteContext(cleanups, tracked) : await postgresContext(cleanups, tracked);
    return await work(context);
  } finally {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => console.error('bench cleanup failed:', error));
    }
  }
}

type Track = <H extends { close(): Promise<void> }>(handle: H) => H;

const SILENT = createLogger({ logLevel: 'silent' });

function sqliteContext(cleanups: Array<() => Promise<void>>, tracked: Track): EngineContext {
  const root = mkdtempSync(join(tmpdir(), 'bastao-bench-'));
  removeOnExit(root);
  cleanups.push(async () => rmSync(root, { recursive: true, force: true }));
  const probe = new SQLite(':memory:');
  const version = (probe.prepare('select sqlite_version() as v').get() as { v: string }).v;
  probe.close();
  const config = loadConfig({ BASTAO_DATA_DIR: root, LOG_LEVEL: 'silent' });
  let count = 0;
  return {
    engine: 'sqlite',
    version: `SQLite ${version}`,
    settings: `journal_mode=WAL, synchronous=${config.sqliteSync}, on ${root}`,
    async createDatabase() {
      const dataDir = join(root, `db${++count}`);
      mkdirSync(dataDir);
      const dbConfig: Config = { ...config, dataDir };
      // Migrate now, so that the database is ready before anything is timed.
      await (await openSystem(dbConfig, { logger: SILENT })).close();
      return {
        openSystem: async () => tracked(await openSystem(dbConfig, { logger: SILENT })),
        openRaw: async () => {
          const sqlite = new SQLite(join(dataDir, 'bastao.sqlite'));
          // The pragmas of storage/connect.ts, so the baseline pays the same durability.
          sqlite.pragma('journal_mode = WAL');
          sqlite.pragma(`synchronous = ${dbConfig.sqliteSync}`);
          sqlite.pragma('foreign_keys = ON');
          sqlite.pragma('busy_timeout = 5000');
          return tracked<RawDriver>({
            engine: 'sqlite',
            sqlite,
            close: async () => {
              sqlite.close();
            },
          });
        },
      };
    },
  };
}

async function postgresContext(cleanups: Array<() => Promise<void>>, tracked: Track): Promise<EngineContext> {
  const external = process.env.BASTAO_BENCH_DATABASE_URL;
  const adminUrl = external ?? (await startEmbeddedPostgres(cleanups));
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  cleanups.push(() => admin.end());
  const settings = await admin.query<{ name: string; setting: string }>(
    `select name, setting from pg_settings
     where name in ('server_version', 'fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers')`,
  );
  const setting = (name: string): string => settings.rows.find((row) => row.name === name)?.setting ?? '?';
  const prefix = `bastao_bench_${Date.now().toString(36)}`;
  let count = 0;
  return {
    engine: 'postgres',
    version: `PostgreSQL ${setting('server_version')}`,
    settings: [
      external ? 'server from BASTAO_BENCH_DATABASE_URL' : 'embedded-postgres, default settings',
      `fsync=${setting('fsync')}`,
      `synchronous_commit=${setting('synchronous_commit')}`,
      `full_page_writes=${setting('full_page_writes')}`,
      `shared_buffers=${Number(setting('shared_buffers')) / 128} MB`,
    ].join(', '),
    async createDatabase() {
      const name = `${prefix}_${++count}`;
      await admin.query(`create database ${name}`);
      cleanups.push(async () => {
        await admin.query(`drop database if exists ${name} with (force)`);
      });
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const config = loadConfig({ DATABASE_URL: url.toString(), LOG_LEVEL: 'silent' });
      await (await openSystem(config, { logger: SILENT })).close();
      return {
        openSystem: async () => tracked(await openSystem(config, { logger: SILENT })),
        openRaw: async () => {
          const client = new pg.Client({ connectionString: url.toString() });
          await client.connect();
          return tracked<RawDriver>({ engine: 'postgres', client, close: () => client.end() });
        },
      };
    },
  };
}

/**
 * A throwaway server with PostgreSQL's default, durable settings (fsync on, synchronous
 * commit): unlike the test setup, which turns them off for speed, these numbers must hold
 * on a real install. Returns the admin URL; the server and its folder go at cleanup.
 */
async function startEmbeddedPostgres(cleanups: Array<() => Promise<void>>): Promise<string> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const dir = mkdtempSync(join(tmpdir(), 'bastao-bench-pg-'));
  removeOnExit(dir);
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  // As root, embedded-postgres runs the server as a `postgres` user, which must enter the folder.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'bastao-bench',
    persistent: false,
    createPostgresUser: true,
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => {});
    throw new Error(`embedded PostgreSQL did not start: ${String(error ?? '')}\n${log.join('')}`);
  }
  cleanups.push(() => server.stop());
  return `postgres://postgres:bastao-bench@127.0.0.1:${port}/postgres`;
}

/** On Ctrl-C embedded-postgres stops its server and exits; this removes our folders too. */
function removeOnExit(dir: string): void {
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
}

function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= close();
    return closing;
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}
