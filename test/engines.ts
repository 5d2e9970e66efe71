import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { createToken } from '../src/access/create-token.ts';
import type { Role } from '../src/access/role.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { ManualClock } from '../src/kernel/clock.ts';
import type { Engine } from '../src/storage/dialect.ts';
import { createLogger, openSystem, type System } from '../src/system.ts';

/** Every engine the storage suite runs on: `describe.each(ENGINES)`. */
export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

/** 2026-03-02 12:00 UTC (09:00 in São Paulo), a Monday: the default "now" of tests. */
export const T0 = Date.UTC(2026, 2, 2, 12, 0, 0);

export interface TestSystem extends System {
  clock: ManualClock;
  /** Drops the database (PostgreSQL) or its folder (SQLite). */
  destroy(): Promise<void>;
}

/** A fresh, migrated, empty database on the engine, with a manual clock at T0. */
export async function openTestSystem(engine: Engine, env: Record<string, string> = {}): Promise<TestSystem> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bastao-test-'));
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (engine === 'postgres') {
    const adminUrl = inject('pgAdminUrl');
    const name = `bastao_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    await adminQuery(adminUrl, `create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  }
  const config: Config = loadConfig({
    BASTAO_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...env,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const clock = new ManualClock(T0);
  const system = await openSystem(config, { clock, logger: createLogger({ logLevel: 'silent' }) });
  return {
    ...system,
    clock,
    async destroy() {
      await system.close();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A bearer token of the role, for `Authorization` headers. */
export async function tokenFor(system: System, role: Role, name: string = role): Promise<string> {
  const { secret } = await system.stores.transaction((stores) =>
    createToken(stores, { name, role }, system.clock.now()),
  );
  return secret;
}
