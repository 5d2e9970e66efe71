import type { Command } from 'commander';
import { KPI_DIMENSIONS } from '../../kpi/compute-kpis.ts';
import { formatKpi } from '../../kpi/format-kpi.ts';
import { KPI_GLOSSARY, type KpiName, kpiDefinition } from '../../kpi/glossary.ts';
import { type KpiAnswer, kpiAnswer, kpiSettings, parseKpiQuery } from '../../kpi/kpi-query.ts';
import { loadKpis } from '../../kpi/load-kpis.ts';
import { CliError, type CliIo, withSystem } from '../io.ts';

/** The columns of the groups table in the plain-text output (all of them are in --json). */
const GROUP_COLUMNS: readonly KpiName[] = [
  'leads',
  'mqls',
  'sqls',
  'customers',
  'mqlToSqlRate',
  'revenue',
  'cost',
  'cac',
];

export function kpisCommand(program: Command, io: CliIo): void {
  program
    .command('kpis')
    .description('the funnel’s KPIs for a period (definitions: docs/kpis.md)')
    .requiredOption('--from <date>', 'first local date (YYYY-MM-DD), inclusive')
    .requiredOption('--to <date>', 'last local date (YYYY-MM-DD), exclusive')
    .option('--by <dimension>', KPI_DIMENSIONS.join('|'))
    .option('--as-of <date>', 'count outcomes up to the end of this local day (default: now)')
    .option('--json', 'print the answer of GET /api/v1/kpis')
    .action(async (options: { from: string; to: string; by?: string; asOf?: string; json?: boolean }) => {
      await withSystem(io, async (system) => {
        const timeZone = system.config.timeZone;
        const parsed = parseKpiQuery(options, timeZone, system.clock.now());
        if (!parsed.ok) {
          throw new CliError(
            parsed.message.replace(/^(asOf|by|from|to)\b/, (name) => `--${name === 'asOf' ? 'as-of' : name}`),
          );
        }
        const playbook = (await system.playbook()).playbook;
        const report = await loadKpis(system.stores.kpis, kpiSettings(parsed.query, playbook, timeZone));
        const answer = kpiAnswer(parsed.query, report, timeZone);
        if (options.json) {
          io.out(JSON.stringify(answer, null, 2));
          return;
        }
        printKpis(io, answer);
      });
    });
}

function printKpis(io: CliIo, answer: KpiAnswer): void {
  const format = (name: KpiName, value: number | null) =>
    formatKpi(value, kpiDefinition(name).unit, 'en', answer.currency);
  io.out(
    `KPIs from ${answer.from} to ${answer.to} (exclusive), ${answer.timeZone}; outcomes as of ${answer.asOf}`,
  );
  const width = Math.max(...KPI_GLOSSARY.map((k) => k.label.en.length));
  for (const k of KPI_GLOSSARY) {
    io.out(`  ${k.label.en.padEnd(width)}  ${format(k.name, answer.totals[k.name])}`);
  }
  if (answer.ignored.deals + answer.ignored.costs > 0) {
    io.out(
      `  (left out, not in ${answer.currency}: ${answer.ignored.deals} deals, ${answer.ignored.costs} costs)`,
    );
  }
  if (answer.by === null) {
    return;
  }
  const rows = answer.groups.map((g) => [
    g.key === null ? '(none)' : g.name ? `${g.name} (${g.key})` : g.key,
    ...GROUP_COLUMNS.map((name) => format(name, g[name])),
  ]);
  const head = [answer.by, ...GROUP_COLUMNS];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  io.out('');
  for (const row of [head, ...rows]) {
    io.out(
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
    );
  }
}
