import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../demo/demo-team.ts';
import { findOlistDir } from '../../demo/find-olist.ts';
import {
  type DemoReporter,
  type DemoResult,
  isEmptyWorkspace,
  loadDemo,
  refuseOverLeads,
} from '../../demo/load-demo.ts';
import { type DemoPlan, planDemo } from '../../demo/plan-demo.ts';
import type { System } from '../../system.ts';
import { type CliIo, withSystem } from '../io.ts';

export function demoCommand(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description(
      'load a living demo workspace (docs/demo.md): accounts, playbook, a year of history and costs, MQLs in reps’ inboxes with SLA clocks running',
    )
    .option('--force', 'load even though the database already has leads (the demo goes on top)')
    .option('--no-olist', 'invent the history even when the Olist data set is at hand')
    .action(async (options: { force?: boolean; olist: boolean }) => {
      await withSystem(io, (system) =>
        loadDemoWorkspace(system, io, { force: options.force ?? false, useOlist: options.olist }),
      );
      io.out('Serve it with `npm start` (or `npx bastao start`).');
    });
}

/** `start --demo`: the demo goes into an empty workspace only, never over someone's data. */
export async function loadDemoIfEmpty(system: System, io: CliIo): Promise<boolean> {
  if (!(await isEmptyWorkspace(system.stores))) {
    io.err('Demo not loaded: this database already has leads, users or API tokens.');
    return false;
  }
  await loadDemoWorkspace(system, io, { force: false, useOlist: true });
  return true;
}

/** Plans and loads the demo, with progress on stderr and the sign-in accounts on stdout. */
export async function loadDemoWorkspace(
  system: System,
  io: CliIo,
  options: { force: boolean; useOlist: boolean },
): Promise<DemoResult> {
  const started = performance.now();
  await refuseOverLeads(system.stores, options);
  const olistDir = options.useOlist ? findOlistDir(io.env, process.cwd()) : null;
  io.err(
    `Loading the demo workspace with ${olistDir ? `the Olist funnel (${olistDir})` : 'an invented year of history'}…`,
  );
  const now = system.clock.now();
  const plan = planDemo({ now, timeZone: system.config.timeZone, olistDir, seed: now % 2 ** 32 });
  const result = await loadDemo(system, plan, { force: options.force }, progressReporter(io));
  printSummary(io, system, plan, result, (performance.now() - started) / 1000);
  return result;
}

/** A line per step on stderr; a bar for the long steps when stderr is a terminal. */
function progressReporter(io: CliIo): DemoReporter {
  let bar: SingleBar | null = null;
  let started = 0;
  return {
    start(step, total) {
      started = performance.now();
      if (total !== undefined && total > 0) {
        bar = new SingleBar({
          format: `  ${step.padEnd(8)} [{bar}] {value}/{total}  {eta_formatted} left`,
          stream: process.stderr,
        });
        bar.start(total, 0);
      }
    },
    progress(_step, done) {
      bar?.update(done);
    },
    done(step, detail) {
      bar?.stop();
      bar = null;
      io.err(`  ${step.padEnd(8)} ${detail} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    },
  };
}

function printSummary(io: CliIo, system: System, plan: DemoPlan, result: DemoResult, seconds: number): void {
  const n = (value: number) => value.toLocaleString('en-US');
  const { history, relay } = plan;
  const source =
    history.source === 'olist'
      ? `the Olist marketing funnel, its dates moved ${n(history.shiftDays ?? 0)} days forward (${n(history.stillOpen)} deals won later than today kept open); names, companies, amounts and costs invented`
      : 'an invented year of leads, deals and costs';
  const base = system.config.publicUrl ?? `http://localhost:${system.config.port}`;
  const away = DEMO_ACCOUNTS.find((a) => a.isAway);
  io.out(`Demo workspace loaded in ${seconds.toFixed(1)} s from ${source}.`);
  const records = history.jobs.flatMap((job) => (job.type === 'records' ? job.records : []));
  const people = records.filter((r) => r.lead.createIfMissing !== false).length;
  const deals = records.filter((r) => r.deal).length;
  const updated = result.history.updated > 0 ? `; ${n(result.history.updated)} already there, updated` : '';
  io.out(
    `  History   ${n(people)} leads and ${n(deals)} deals imported at their own dates, nothing routed${updated}`,
  );
  io.out(
    `  Relay     ${n(result.relay.mqls)} MQLs through the live pipeline: ${result.relay.open} open in reps’ inboxes, ${n(result.relay.accepted)} accepted, ${n(result.relay.rejected)} rejected, ${n(result.relay.deals)} deals${result.relay.skipped > 0 ? ` (${result.relay.skipped} planned people did not become MQLs)` : ''}`,
  );
  io.out(
    `  SLA       ${result.clocks.breached} clocks breached, ${result.clocks.warned} in warning; ${relay.filter((l) => l.isOpen && l.touches.length === 0).length} MQLs not yet touched`,
  );
  io.out(`  Costs     ${result.costs} month × channel rows over the last 12 months`);
  io.out(`  Playbook  version ${result.playbook.version}: ${plan.playbook.note}`);
  io.out('');
  io.out(`Sign in at ${base} — every account’s password is ${DEMO_PASSWORD}:`);
  const rows = [
    ['E-mail', 'Role', 'Password', ''],
    ...DEMO_ACCOUNTS.map((a) => [
      a.email,
      a.role,
      DEMO_PASSWORD,
      a === away ? '(out of office this week)' : '',
    ]),
  ];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  for (const row of rows) {
    io.out(`  ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ')}`.trimEnd());
  }
}
