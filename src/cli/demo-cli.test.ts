import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '../../test/datasets.ts';
import { loadConfig } from '../config.ts';
import { hasOlistFiles } from '../demo/olist-history.ts';
import { createLogger, openSystem, type System } from '../system.ts';
import { checkDemoWorkspace, cli } from './demo-checks.test-support.ts';

const HAS_OLIST = hasOlistFiles(join(DATASETS, 'olist-funnel'));

/** Runs `bastao demo` into a fresh SQLite folder, then opens the system on it (real clock). */
function sqliteDemo(args: string[], extraEnv: Record<string, string> = {}) {
  const state = {
    system: undefined as unknown as System,
    env: {} as Record<string, string>,
    out: '',
    dir: '',
  };
  beforeAll(async () => {
    state.dir = mkdtempSync(join(tmpdir(), 'bastao-demo-'));
    state.env = { BASTAO_DATA_DIR: state.dir, ...extraEnv };
    const { code, out, err } = await cli(state.env, 'demo', ...args);
    expect(err).not.toContain('bastao:');
    expect(code).toBe(0);
    state.out = out;
    state.system = await openSystem(loadConfig({ ...state.env, LOG_LEVEL: 'silent' }), {
      logger: createLogger({ logLevel: 'silent' }),
    });
  }, 60_000);
  afterAll(async () => {
    await state.system?.close();
    rmSync(state.dir, { recursive: true, force: true });
  });
  return state;
}

// The Olist funnel is a shared data set beside the repository; without it there is nothing to load.
describe.skipIf(!HAS_OLIST)('bastao demo with the Olist funnel (SQLite)', () => {
  const state = sqliteDemo([], { BASTAO_DATASETS_DIR: DATASETS });
  checkDemoWorkspace(() => state);

  it('brings the Olist history up to the present and says so', async () => {
    expect(state.out).toContain('from the Olist marketing funnel, its dates moved');
    const [lead] = await state.system.stores.leads.list({ channel: 'paid_search', limit: 1 });
    expect(lead?.createdAt).toBeGreaterThan(Date.now() - 365 * 86_400_000);
  });
});

describe('bastao demo with invented history (SQLite)', () => {
  const state = sqliteDemo(['--no-olist']);
  checkDemoWorkspace(() => state);

  it('does not load over data when `start --demo` finds a non-empty database', async () => {
    const bin = new URL('../../bin/bastao.js', import.meta.url).pathname;
    const child = spawn(process.execPath, [bin, 'start', '--demo'], {
      env: { ...process.env, ...state.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          stdout += chunk;
          if (stdout.includes('running at')) {
            resolve();
          }
        });
        child.once('exit', (code) => reject(new Error(`start exited with ${code}: ${stderr}`)));
      });
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    expect(stderr).toContain('Demo not loaded: this database already has leads');
    expect(stdout).not.toContain('Demo workspace loaded');
    expect((await state.system.playbook()).version).toBe(2);
  }, 30_000);
});

describe('bastao demo with bad input', () => {
  it('exits 1 with a clear message, writing nothing, when BASTAO_DATASETS_DIR holds no Olist files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bastao-demo-bad-'));
    try {
      const env = { BASTAO_DATA_DIR: dir, BASTAO_DATASETS_DIR: dir };
      const { code, err } = await cli(env, 'demo');
      expect(code).toBe(1);
      expect(err).toContain('does not hold the Olist funnel files');
      const system = await openSystem(loadConfig({ ...env, LOG_LEVEL: 'silent' }), {
        logger: createLogger({ logLevel: 'silent' }),
      });
      expect(await system.stores.access.countUsersAndTokens()).toEqual({ users: 0, tokens: 0 });
      expect((await system.playbook()).version).toBe(1);
      await system.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
