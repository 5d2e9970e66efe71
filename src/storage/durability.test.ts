import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem } from '../../test/engines.ts';

const CHILD = new URL('../../test/fixtures/write-until-killed.ts', import.meta.url).pathname;
const ACKS_BEFORE_KILL = 150;

describe.each(ENGINES)('durability on %s', (engine) => {
  let system: TestSystem | undefined;
  afterEach(async () => {
    await system?.destroy();
  });

  it('keeps every acknowledged write when the process is killed with SIGKILL', async () => {
    system = await openTestSystem(engine);
    const env = {
      ...process.env,
      BASTAO_DATA_DIR: system.config.dataDir,
      DATABASE_URL: system.config.databaseUrl ?? '',
    };
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acked: string[] = [];
    const exited = new Promise((resolve) => child.once('exit', resolve));
    for await (const line of createInterface({ input: child.stdout })) {
      acked.push(line);
      if (acked.length === ACKS_BEFORE_KILL) {
        child.kill('SIGKILL');
        break;
      }
    }
    await exited;
    expect(child.signalCode).toBe('SIGKILL');
    const found = await system.stores.leads.byEmails(acked);
    expect(acked).toHaveLength(ACKS_BEFORE_KILL);
    expect([...found.keys()].sort()).toEqual([...acked].sort());
  });
});
