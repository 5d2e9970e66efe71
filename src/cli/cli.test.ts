import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from './io.ts';
import { runCli } from './program.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'bastao-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { BASTAO_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
  };
  const code = await runCli(args, io);
  return { code, out, err };
}

describe('bastao CLI', () => {
  it('prints a new token alone on its last line', async () => {
    const { code, out } = await cli('token', 'create', '--name', 'site', '--role', 'marketing');
    expect(code).toBe(0);
    expect(out.at(-1)).toMatch(/^bst_[A-Za-z0-9_-]{43}$/);
  });

  it('refuses an unknown role with a clear message and exit code 1', async () => {
    const { code, err } = await cli('token', 'create', '--name', 'x', '--role', 'overlord');
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('Unknown role "overlord"');
  });

  it('exits 2 with usage when a required option is missing', async () => {
    const { code, err } = await cli('token', 'create', '--role', 'admin');
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('--name');
  });

  it('creates users and refuses a duplicate e-mail', async () => {
    const first = await cli(
      'user',
      'create',
      '--email',
      'Rita@Acme.com',
      '--name',
      'Rita',
      '--role',
      'sales_rep',
    );
    expect(first.code).toBe(0);
    expect(first.out[0]).toContain('rita@acme.com');
    const again = await cli(
      'user',
      'create',
      '--email',
      'rita@acme.com',
      '--name',
      'Rita',
      '--role',
      'sales_rep',
    );
    expect(again.code).toBe(1);
    expect(again.err.join('\n')).toContain('already exists');
  });

  it('ties a token to a user only when the user exists', async () => {
    const missing = await cli(
      'token',
      'create',
      '--name',
      'rep',
      '--role',
      'sales_rep',
      '--user',
      'ghost@acme.com',
    );
    expect(missing.code).toBe(1);
    expect(missing.err.join('\n')).toContain('No user with e-mail ghost@acme.com');
  });

  it('reports a bad configuration without a stack trace', async () => {
    const err: string[] = [];
    const code = await runCli(['migrate'], {
      out: () => {},
      err: (l) => err.push(l),
      env: { PORT: 'abc', BASTAO_DATA_DIR: dataDir },
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('PORT');
    expect(err.join('\n')).not.toContain('    at ');
  });
});

describe('bastao start (the real process, as npm start runs it)', () => {
  it('serves health and the API, and prints a bootstrap admin token on first run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bastao-start-'));
    const bin = new URL('../../bin/bastao.js', import.meta.url).pathname;
    const child = spawn(process.execPath, [bin, 'start'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', BASTAO_DATA_DIR: dir, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let base = '';
      let token = '';
      for await (const line of createInterface({ input: child.stdout })) {
        base ||= /running at (http:\/\/\S+)/.exec(line)?.[1] ?? '';
        token ||= /^\s+(bst_\S+)$/.exec(line)?.[1] ?? '';
        if (base && token) {
          break;
        }
      }
      const health = await fetch(`${base}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const leads = await fetch(`${base}/api/v1/leads`, { headers: { authorization: `Bearer ${token}` } });
      expect(leads.status).toBe(200);
      const openapi = (await (await fetch(`${base}/api/openapi.json`)).json()) as { paths: object };
      expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/v1/leads', '/api/v1/events']));
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
