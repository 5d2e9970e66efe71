import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Engine } from '../src/storage/dialect.ts';
import { type Benchmark, type ResultRow, renderTable } from './benchmark.ts';
import { collect } from './collect.ts';
import { ENGINES, withEngine } from './engines.ts';
import { ingest } from './ingest.ts';
import { kpis } from './kpis.ts';
import { mql } from './mql.ts';
import { relay } from './relay.ts';

/** Every benchmark, in the order a full run goes through them. A new one is one line here. */
const BENCHMARKS: readonly Benchmark[] = [ingest, collect, mql, relay, kpis];

const RESULTS_DIR = fileURLToPath(new URL('results/', import.meta.url));

const USAGE = `Usage: npm run bench -- [name …] [--engine sqlite|postgres]

Runs the benchmarks named (default: all of ${BENCHMARKS.map((b) => b.name).join(', ')}) on each
engine (default: both). PostgreSQL is BASTAO_BENCH_DATABASE_URL when set (it needs the right
to create databases), else an embedded server started for the run with default settings.
Results are printed and written to bench/results/<name>-<engine>.json.`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { engine: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const engines = selectEngines(values.engine);
  const benchmarks = selectBenchmarks(positionals);

  const machine = {
    node: process.version,
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    platform: `${process.platform} ${process.arch}`,
  };
  console.log(`node ${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.platform}`);
  const results = new Map<Benchmark, ResultRow[]>(benchmarks.map((b) => [b, []]));
  try {
    for (const engine of engines) {
      await withEngine(engine, async (context) => {
        console.log(`${context.version}: ${context.settings}`);
        for (const benchmark of benchmarks) {
          const started = Date.now();
          const rows = await benchmark.run(context, (line) => console.error(`  ${line}`));
          results.get(benchmark)?.push(...rows);
          mkdirSync(RESULTS_DIR, { recursive: true });
          const file = join(RESULTS_DIR, `${benchmark.name}-${engine}.json`);
          const report = {
            benchmark: benchmark.name,
            engine,
            engineVersion: context.version,
            engineSettings: context.settings,
            machine,
            measuredAt: new Date().toISOString(),
            seconds: (Date.now() - started) / 1000,
            rows,
          };
          writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
        }
      });
    }
  } finally {
    // Print what was measured even when a later engine failed.
    for (const [benchmark, rows] of results) {
      if (rows.length > 0) {
        console.log(`\n## ${benchmark.title}\n\n${renderTable(benchmark.columns, rows)}`);
      }
    }
  }
}

function selectEngines(requested: string[] | undefined): Engine[] {
  if (requested === undefined) {
    return [...ENGINES];
  }
  const unknown = requested.filter((name) => !(ENGINES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new UsageError(`unknown engine ${unknown.join(', ')}; choose from ${ENGINES.join(', ')}`);
  }
  return ENGINES.filter((engine) => requested.includes(engine));
}

function selectBenchmarks(names: readonly string[]): Benchmark[] {
  if (names.length === 0) {
    return [...BENCHMARKS];
  }
  const unknown = names.filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown benchmark ${unknown.join(', ')}; choose from ${BENCHMARKS.map((b) => b.name).join(', ')}`,
    );
  }
  return BENCHMARKS.filter((b) => names.includes(b.name));
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  console.error(error);
  process.exitCode = 1;
});
