import type { Command } from 'commander';
import { LOCAL_DATE_PATTERN, zonedToEpoch } from '../../kernel/zoned-time.ts';
import { parsePlaybook } from '../../playbook/parse-playbook.ts';
import { type BacktestFigures, backtest } from '../../scoring/backtest.ts';
import { CliError, type CliIo, withSystem } from '../io.ts';
import { readTextFile } from './playbook.ts';

const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

export function scoringCommands(program: Command, io: CliIo): void {
  const scoring = program.command('scoring').description('scoring models: try before you apply');
  scoring
    .command('backtest')
    .argument('<file>', 'the proposed playbook (YAML or JSON)')
    .description(
      'replay stored history under FILE, changing nothing: MQLs it would have made, when, and how they converted',
    )
    .option('--from <date>', 'first local date (YYYY-MM-DD), inclusive')
    .option('--to <date>', 'last local date (YYYY-MM-DD), exclusive')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, options: { from?: string; to?: string; json?: boolean }) => {
      for (const [name, value] of [
        ['--from', options.from],
        ['--to', options.to],
      ] as const) {
        if (value !== undefined && !LOCAL_DATE_PATTERN.test(value)) {
          throw new CliError(`${name} must be a date YYYY-MM-DD, not "${value}".`);
        }
      }
      const checked = parsePlaybook(readTextFile(file));
      if (!checked.ok) {
        throw new CliError(
          `${file} is not a valid playbook:\n${checked.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
        );
      }
      await withSystem(io, async (system) => {
        const tz = system.config.timeZone;
        const current = await system.playbook();
        const report = await backtest(
          system.stores,
          { proposed: checked.playbook, current: current.playbook },
          {
            ...(options.from ? { from: zonedToEpoch(options.from, tz) } : {}),
            ...(options.to ? { to: zonedToEpoch(options.to, tz) } : {}),
            timeZone: tz,
          },
        );
        const withDates = {
          ...report,
          from: options.from ?? null,
          to: options.to ?? null,
          currentVersion: current.version,
        };
        if (options.json) {
          io.out(JSON.stringify(withDates, null, 2));
          return;
        }
        const line = (name: string, f: BacktestFigures) =>
          `${name.padEnd(10)} ${String(f.mqls).padStart(7)} MQLs   ${String(f.reachedSql).padStart(6)} reached SQL (${pct(f.sqlRate)})   ${String(f.reachedCustomer).padStart(6)} customers (${pct(f.customerRate)})`;
        io.out(
          `Backtest over ${report.leadsScanned} leads, ${options.from ?? 'start'} → ${options.to ?? 'now'}`,
        );
        io.out(line('proposed', report.proposed));
        io.out(line(`current v${current.version}`, report.current));
        io.out(`recorded   ${String(report.recorded.mqls).padStart(7)} MQLs`);
        io.out(
          `overlap: ${report.overlap.both} in both, ${report.overlap.onlyProposed} only proposed, ${report.overlap.onlyCurrent} only current`,
        );
      });
    });
}
