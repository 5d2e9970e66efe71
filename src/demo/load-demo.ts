import { hashNewPassword } from '../access/session.ts';
import type { User } from '../access/user.ts';
import { AppError } from '../kernel/app-error.ts';
import type { Transactor } from '../kernel/transactor.ts';
import { applyPlaybook } from '../playbook/apply-playbook.ts';
import type { PlaybookVersion } from '../playbook/playbook-store.ts';
import { emptySummary, type ImportSummary } from '../revenue/imports/import-summary.ts';
import { ownerDirectory } from '../revenue/imports/owner-directory.ts';
import { runImportJob } from '../revenue/imports/run-import-job.ts';
import { upsertCost } from '../revenue/upsert-cost.ts';
import { rescoreAll } from '../scoring/rescore-all.ts';
import { sweepClocks } from '../sla/sweep-clocks.ts';
import type { Stores } from '../storage/stores.ts';
import type { System } from '../system.ts';
import { createDemoTeam, DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-team.ts';
import type { DemoPlan } from './plan-demo.ts';
import { type RelaySummary, runRelay } from './run-relay.ts';

export const DEMO_STEPS = ['users', 'playbook', 'history', 'costs', 'relay', 'scores', 'clocks'] as const;
export type DemoStep = (typeof DEMO_STEPS)[number];

/** How a caller follows the load: a line per step, progress within the long ones. */
export interface DemoReporter {
  start(step: DemoStep, total?: number): void;
  progress(step: DemoStep, done: number, total: number): void;
  done(step: DemoStep, detail: string): void;
}

export interface DemoResult {
  users: User[];
  playbook: PlaybookVersion;
  history: ImportSummary;
  costs: number;
  relay: RelaySummary;
  clocks: { warned: number; breached: number };
}

/**
 * Whether the workspace holds nothing a person made: no lead, no user, no API token.
 * `start --demo` loads the demo only then.
 */
export async function isEmptyWorkspace(stores: System['stores']): Promise<boolean> {
  const [lead] = await stores.leads.scan(null, 1);
  const { users, tokens } = await stores.access.countUsersAndTokens();
  return lead === undefined && users === 0 && tokens === 0;
}

/** The demo goes into a database without leads, unless `force`: a conflict error that says what to do. */
export async function refuseOverLeads(stores: System['stores'], options: { force: boolean }): Promise<void> {
  const [existing] = await stores.leads.scan(null, 1);
  if (existing && !options.force) {
    throw new AppError(
      'conflict',
      'This database already has leads: the demo goes into an empty one. Point BASTAO_DATA_DIR (or DATABASE_URL) at a new place, or add --force to load it on top.',
    );
  }
}

/**
 * Writes a planned demo workspace into the system's database, one transaction per step
 * (users, playbook, history, costs, relay; grading and the clock sweep go in batches and
 * can simply run again): a step that fails leaves nothing of itself, and the error names it. Refuses a database that already has leads unless
 * `force` (then the demo goes on top: demo accounts are reset, history is re-imported).
 */
export async function loadDemo(
  system: System,
  plan: DemoPlan,
  options: { force: boolean },
  reporter: DemoReporter,
): Promise<DemoResult> {
  await refuseOverLeads(system.stores, options);
  const { now } = plan;
  const hashes = new Map(
    await Promise.all(
      DEMO_ACCOUNTS.map(async (a) => [a.email, await hashNewPassword(DEMO_PASSWORD)] as const),
    ),
  );
  const step = async <T>(
    name: DemoStep,
    work: () => Promise<T>,
    detail: (result: T) => string,
    total?: number,
  ) => {
    reporter.start(name, total);
    try {
      const result = await work();
      reporter.done(name, detail(result));
      return result;
    } catch (error) {
      reporter.done(name, 'failed');
      const done = DEMO_STEPS.slice(0, DEMO_STEPS.indexOf(name));
      throw new AppError(
        'internal',
        `Demo step "${name}" failed: ${error instanceof Error ? error.message : String(error)}.${done.length > 0 ? ` The steps before it (${done.join(', ')}) were saved; \`bastao demo --force\` loads the demo again over them.` : ''}`,
      );
    }
  };
  const { stores } = system;
  const users = await step(
    'users',
    () => stores.transaction((s) => createDemoTeam(s, hashes, plan.absence, now)),
    (u) => `${u.length} accounts`,
  );
  const playbook = await step(
    'playbook',
    () =>
      stores.transaction((s) =>
        applyPlaybook(s, { source: plan.playbook.source }, { actor: 'demo', note: plan.playbook.note }, now),
      ),
    (p) => `version ${p.version}, ${plan.playbook.mqlsPerMonth} MQLs/month committed`,
  );
  const history = await step(
    'history',
    () => stores.transaction((s) => importHistory(s, system, plan, { playbook, users }, reporter)),
    (h) => `${h.created.toLocaleString('en-US')} rows created (${plan.history.source})`,
    plan.history.jobs.reduce((sum, job) => sum + job.records.length, 0),
  );
  const costs = await step(
    'costs',
    () =>
      stores.transaction(async (s) => {
        for (const cost of plan.costs) {
          await upsertCost(s, cost, now);
        }
        return plan.costs.length;
      }),
    (n) => `${n} month × channel rows`,
  );
  const relay = await step(
    'relay',
    () =>
      stores.transaction((s) =>
        runRelay(s, { playbook, hooks: system.hooks, users }, plan.relay, (done, total) =>
          reporter.progress('relay', done, total),
        ),
      ),
    (r) =>
      `${r.mqls} MQLs (${r.open} open), ${r.accepted} accepted, ${r.rejected} rejected, ${r.deals} deals`,
    plan.relay.length,
  );
  // History arrives unscored: grade it now (without moving anyone) so reports by fit are full.
  await step(
    'scores',
    () => rescoreAll({ db: stores, read: stores, hooks: system.hooks, now: () => now }, playbook),
    (r) => `${r.done.toLocaleString('en-US')} leads graded`,
  );
  const clocks = await step(
    'clocks',
    async () => {
      const swept = await sweepClocks(stores, playbook, now);
      await settleOutbox(stores, now);
      return swept;
    },
    (c) => `${c.breached} breached, ${c.warned} warned`,
  );
  return { users, playbook, history, costs, relay, clocks };
}

/** The planned history through the regular import, in the caller's transaction; any refused row fails the step. */
async function importHistory(
  stores: Stores,
  system: System,
  plan: DemoPlan,
  context: { playbook: PlaybookVersion; users: User[] },
  reporter: DemoReporter,
): Promise<ImportSummary> {
  // Every batch in the step's one transaction, so a failure leaves no half of it behind.
  const within: Transactor<Stores> = { transaction: (work) => work(stores) };
  const total = emptySummary();
  const rows = plan.history.jobs.reduce((sum, job) => sum + job.records.length, 0);
  let before = 0;
  for (const job of plan.history.jobs) {
    const summary = await runImportJob(
      within,
      {
        playbook: context.playbook,
        hooks: system.hooks,
        actor: `import:${plan.history.source === 'olist' ? 'olist' : 'demo'}`,
        ownerIdFor: ownerDirectory(context.users),
        timeZone: system.config.timeZone,
        now: plan.now,
      },
      job,
      (done) => reporter.progress('history', before + done, rows),
    );
    before += job.records.length;
    const problem = summary.skipped[0];
    if (problem) {
      throw new Error(`${job.file} row ${problem.row}: ${problem.reason}`);
    }
    total.rows += summary.rows;
    total.created += summary.created;
    total.updated += summary.updated;
    total.unchanged += summary.unchanged;
  }
  return total;
}

/**
 * The demo's own notifications (weeks of simulated MQLs, assignments and alerts) are
 * marked sent without sending: they describe a past nobody should be e-mailed about, and
 * the demo's addresses are invented.
 */
async function settleOutbox(db: Transactor<Stores>, now: number): Promise<void> {
  for (;;) {
    const count = await db.transaction(async (stores) => {
      const pending = await stores.outbox.pending(500);
      await stores.outbox.markDispatched(
        pending.map((m) => m.id),
        now,
      );
      return pending.length;
    });
    if (count === 0) {
      return;
    }
  }
}
