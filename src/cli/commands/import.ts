import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { CSV_TYPES } from '../../revenue/imports/csv/column-map.ts';
import type { ImportSummary } from '../../revenue/imports/import-summary.ts';
import { ownerDirectory } from '../../revenue/imports/owner-directory.ts';
import { IMPORT_FORMATS, type ImportFormat, planImport } from '../../revenue/imports/plan-import.ts';
import { runImportJob } from '../../revenue/imports/run-import-job.ts';
import { CliError, type CliIo, withSystem } from '../io.ts';

/** Skipped rows and warnings printed per file; `--json` lists them all. */
const SHOWN_PROBLEMS = 20;

interface ImportOptions {
  type?: string;
  map?: string[];
  json?: boolean;
}

export function importCommand(program: Command, io: CliIo): void {
  program
    .command('import')
    .argument('<format>', IMPORT_FORMATS.join('|'))
    .argument('<files...>', 'the export(s): olist MQLS.csv DEALS.csv; one file for the others')
    .description(
      'import history (leads, stages, owners, deals; costs with csv --type costs) at its own dates: nothing is routed or notified; re-running the same file changes nothing',
    )
    .option('--type <type>', `csv only: ${CSV_TYPES.join('|')}`)
    .option(
      '--map <column=field>',
      'csv only: where a column goes (repeatable); "Column=" ignores it',
      collect,
      [],
    )
    .option('--json', 'print the summary as JSON')
    .action(async (format: string, files: string[], options: ImportOptions) => {
      if (!(IMPORT_FORMATS as readonly string[]).includes(format)) {
        throw new CliError(`Unknown format "${format}": use ${IMPORT_FORMATS.join(', ')}.`);
      }
      if (format !== 'csv' && (options.type !== undefined || (options.map ?? []).length > 0)) {
        throw new CliError('--type and --map are for `import csv` only.');
      }
      const inputs = files.map((path) => ({ name: basename(path), bytes: readBytes(path) }));
      await withSystem(io, async (system) => {
        const jobs = planImport(format as ImportFormat, inputs, {
          timeZone: system.config.timeZone,
          ...(options.type ? { csvType: options.type } : {}),
          maps: options.map ?? [],
        });
        const context = {
          playbook: await system.playbook(),
          hooks: system.hooks,
          actor: `import:${format}`,
          ownerIdFor: ownerDirectory(await system.stores.access.listUsers()),
          timeZone: system.config.timeZone,
          now: system.clock.now(),
        };
        const results = [];
        for (const job of jobs) {
          const bar = new SingleBar({
            format: `  ${job.file} [{bar}] {value}/{total} rows  {eta_formatted} left`,
            stream: process.stderr,
          });
          bar.start(job.records.length, 0);
          const started = performance.now();
          const summary = await runImportJob(system.stores, context, job, (done) => bar.update(done));
          bar.stop();
          results.push({
            file: job.file,
            kind: job.kind,
            seconds: (performance.now() - started) / 1000,
            summary,
          });
        }
        if (options.json) {
          io.out(JSON.stringify({ format, files: results }, null, 2));
          return;
        }
        for (const result of results) {
          printSummary(io, result);
        }
      });
    });
}

function printSummary(
  io: CliIo,
  { file, kind, seconds, summary }: { file: string; kind: string; seconds: number; summary: ImportSummary },
): void {
  const n = (value: number) => value.toLocaleString('en-US');
  io.out(
    `${file} (${kind}): ${n(summary.rows)} rows in ${seconds.toFixed(1)} s — ${n(summary.created)} created, ${n(summary.updated)} updated, ${n(summary.unchanged)} unchanged, ${n(summary.skipped.length)} skipped`,
  );
  for (const [label, problems] of [
    ['skipped', summary.skipped],
    ['warnings', summary.warnings],
  ] as const) {
    if (problems.length === 0) {
      continue;
    }
    io.out(`  ${label}:`);
    for (const problem of problems.slice(0, SHOWN_PROBLEMS)) {
      io.out(`    row ${problem.row}: ${problem.reason}`);
    }
    if (problems.length > SHOWN_PROBLEMS) {
      io.out(`    … and ${n(problems.length - SHOWN_PROBLEMS)} more (--json lists them all)`);
    }
  }
}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];
