import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestSystem, type TestSystem } from '../../test/engines.ts';
import { newId } from '../kernel/ids.ts';
import { upsertLead } from '../leads/upsert-lead.ts';

const run = promisify(execFile);
const CHILD = new URL('../../test/fixtures/sweep-once.ts', import.meta.url).pathname;
const LEADS = 150;
const KINDS = ['first_touch', 'attempts', 'decision'] as const;

describe.each(ENGINES)('two app processes sweeping SLA clocks together on %s', (engine) => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await openTestSystem(engine);
  });
  afterAll(async () => {
    await system.destroy();
  });

  it('alerts every due clock exactly once', async () => {
    const start = system.clock.now();
    await system.stores.transaction(async (stores) => {
      for (let i = 0; i < LEADS; i++) {
        const { lead } = await upsertLead(stores, { email: `due${i}@acme.com` }, start);
        await stores.clocks.insertMany(
          KINDS.map((kind, k) => ({
            id: newId(),
            leadId: lead.id,
            ownerId: null,
            kind,
            startedAt: start,
            dueAt: start + 60_000 * (k + 1),
            warnAt: null,
            warnedAt: null,
            metAt: null,
            breachedAt: null,
            escalatedAt: null,
            stoppedAt: null,
            stopReason: null,
            playbookVersion: 1,
          })),
        );
      }
    });
    const env = {
      ...process.env,
      BASTAO_DATA_DIR: system.config.dataDir,
      DATABASE_URL: system.config.databaseUrl ?? '',
      SWEEP_AT: String(start + 10 * 60_000),
    };
    const outputs = await Promise.all(
      [0, 1].map(() => run(process.execPath, ['--import', 'tsx', CHILD], { env })),
    );
    const results = outputs.map((o) => JSON.parse(o.stdout) as { breached: number });
    expect((results[0]?.breached ?? 0) + (results[1]?.breached ?? 0)).toBe(LEADS * KINDS.length);
    const alerts = (await system.stores.outbox.pending(10_000)).filter(
      (m) => m.event.type === 'sla.breached',
    );
    expect(alerts).toHaveLength(LEADS * KINDS.length);
    const perClock = new Set(alerts.map((m) => `${m.event.lead.id}:${String(m.event.details?.clock)}`));
    expect(perClock.size).toBe(LEADS * KINDS.length);
  });
});
