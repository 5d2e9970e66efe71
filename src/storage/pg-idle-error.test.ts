import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestSystem, type TestSystem } from '../../test/engines.ts';

describe('PostgreSQL connections dying while idle', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await openTestSystem('postgres');
  });
  afterAll(async () => {
    await system.destroy();
  });

  it('survives the server closing idle connections and answers the next request', async () => {
    await system.ping();
    const url = system.config.databaseUrl ?? '';
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const killed = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
      );
      expect(killed.rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    // The pool notices the dead client asynchronously; an unhandled 'error' would crash the process here.
    await expect
      .poll(async () => {
        try {
          await system.ping();
          return 'ok';
        } catch {
          return 'retry';
        }
      })
      .toBe('ok');
  });
});
