import { afterAll, beforeAll, describe, expect } from 'vitest';
import { openTestSystem, type TestSystem } from '../../test/engines.ts';
import { checkDemoWorkspace, cli } from './demo-checks.test-support.ts';

/** `bastao demo` pointed at PostgreSQL with DATABASE_URL: the same workspace as on SQLite. */
describe('bastao demo on PostgreSQL', () => {
  const state = { system: undefined as unknown as TestSystem, env: {} as Record<string, string>, out: '' };
  beforeAll(async () => {
    state.system = await openTestSystem('postgres');
    state.env = {
      BASTAO_DATA_DIR: state.system.config.dataDir,
      DATABASE_URL: state.system.config.databaseUrl ?? '',
    };
    const { code, out, err } = await cli(state.env, 'demo', '--no-olist');
    expect(err).not.toContain('bastao:');
    expect(code).toBe(0);
    state.out = out;
    // The test system's manual clock stands at its own T0: read with the real one.
    state.system.clock.set(Date.now());
  }, 90_000);
  afterAll(async () => {
    await state.system?.destroy();
  });
  checkDemoWorkspace(() => state);
});
