import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signIn } from '../access/session.ts';
import { loadConfig } from '../config.ts';
import { createLogger, openSystem } from '../system.ts';
import type { CliIo } from './io.ts';
import { runCli } from './program.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'bastao-user-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function cli(stdin: string | undefined, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { BASTAO_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    ...(stdin === undefined ? {} : { stdin: async () => stdin }),
  };
  return { code: await runCli(args, io), out, err };
}

/** Whether the password signs the user in, checked against the database the CLI wrote. */
async function canSignIn(email: string, password: string): Promise<boolean> {
  const system = await openSystem(loadConfig({ BASTAO_DATA_DIR: dataDir }), {
    logger: createLogger({ logLevel: 'silent' }),
  });
  try {
    await signIn(system.stores, { email, password }, system.clock.now());
    return true;
  } catch {
    return false;
  } finally {
    await system.close();
  }
}

describe('bastao user: web sign-in passwords', () => {
  it('creates a user with a password read from standard input (never from the command line)', async () => {
    const created = await cli(
      'primeira-senha\n',
      'user',
      'create',
      '--email',
      'lia@acme.com.br',
      '--name',
      'Lia',
      '--role',
      'sales_manager',
      '--password-stdin',
    );
    expect(created.code).toBe(0);
    expect(await canSignIn('lia@acme.com.br', 'primeira-senha')).toBe(true);
  });

  it('refuses a short password and creates nothing', async () => {
    const short = await cli(
      'curta\n',
      'user',
      'create',
      '--email',
      'leo@acme.com.br',
      '--name',
      'Leo',
      '--role',
      'sales_rep',
      '--password-stdin',
    );
    expect(short.code).toBe(1);
    expect(short.err.join('\n')).toContain('at least 8 characters');
    const retry = await cli(
      undefined,
      'user',
      'create',
      '--email',
      'leo@acme.com.br',
      '--name',
      'Leo',
      '--role',
      'sales_rep',
    );
    expect(retry.code).toBe(0);
  });

  it('sets a new password; the old one stops working', async () => {
    const set = await cli('segunda-senha\n', 'user', 'password', '--email', 'LIA@acme.com.br');
    expect(set.code).toBe(0);
    expect(set.out[0]).toContain('lia@acme.com.br');
    expect(await canSignIn('lia@acme.com.br', 'primeira-senha')).toBe(false);
    expect(await canSignIn('lia@acme.com.br', 'segunda-senha')).toBe(true);
  });

  it('says what is missing: no such user, nothing on standard input', async () => {
    const unknown = await cli('qualquer-senha\n', 'user', 'password', '--email', 'nobody@acme.com.br');
    expect(unknown.code).toBe(1);
    expect(unknown.err.join('\n')).toContain('No user with e-mail nobody@acme.com.br');
    const empty = await cli('', 'user', 'password', '--email', 'lia@acme.com.br');
    expect(empty.code).toBe(1);
    expect(empty.err.join('\n')).toContain('Expected the new password on standard input');
  });
});
