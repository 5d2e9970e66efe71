import { sql } from 'kysely';
import pino, { type Logger } from 'pino';
import type { Config } from './config.ts';
import { type Clock, systemClock } from './kernel/clock.ts';
import { openDatabase } from './storage/connect.ts';
import type { Engine } from './storage/dialect.ts';
import { migrateToLatest } from './storage/migrate.ts';
import { type StoreAccess, storeAccess } from './storage/stores.ts';

/**
 * The running product's dependencies as one plain object (no container): what the
 * HTTP server, the CLI and the tests share. Built by `openSystem`, released by `close`.
 */
export interface System {
  config: Config;
  engine: Engine;
  databaseLocation: string;
  stores: StoreAccess;
  clock: Clock;
  logger: Logger;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface SystemOverrides {
  clock?: Clock;
  logger?: Logger;
}

/** Opens the database, applies pending migrations, and wires the stores. */
export async function openSystem(config: Config, overrides: SystemOverrides = {}): Promise<System> {
  const logger = overrides.logger ?? createLogger(config);
  const handle = openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    sqliteSync: config.sqliteSync,
  });
  try {
    const { applied } = await migrateToLatest(handle.db);
    if (applied.length > 0) {
      logger.info({ applied }, 'database migrated');
    }
  } catch (error) {
    await handle.close();
    throw error;
  }
  return {
    config,
    engine: handle.engine,
    databaseLocation: handle.location,
    stores: storeAccess(handle.engine, handle.db),
    clock: overrides.clock ?? systemClock,
    logger,
    ping: async () => {
      await sql`select 1`.execute(handle.db);
    },
    close: () => handle.close(),
  };
}

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  const pretty = process.stdout.isTTY && config.logLevel !== 'silent';
  return pino({
    level: config.logLevel,
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
          },
        }
      : {}),
  });
}
