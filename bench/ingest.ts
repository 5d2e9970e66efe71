import { createToken } from '../src/access/create-token.ts';
import { ingestEvents } from '../src/events/ingest-events.ts';
import { recordEvents } from '../src/events/record-events.ts';
import { buildServer } from '../src/http/server.ts';
import { newId } from '../src/kernel/ids.ts';
import type { Engine } from '../src/storage/dialect.ts';
import type { Benchmark, ResultRow } from './benchmark.ts';
import { formatFixed } from './benchmark.ts';
import type { BenchDatabase, RawDriver } from './engines.ts';
import { type PageViewItem, pageViewMaker, seedLeads } from './fixtures.ts';
import { type EventRow, rawEventInserter } from './ingest-raw.ts';
import { type Budget, measureInterleaved, type Workload } from './measure.ts';

/** Leads that exist before the run; events name them by e-mail. A batch of 1,000 names each once. */
const LEAD_POOL = 1_000;

const BATCHES = [1, 1_000] as const;
type BatchSize = (typeof BATCHES)[number];

// Fixed work per engine and batch size, so that tables end the same size on every path and
// in every run. The slowest path (the route, which rescores every lead it touches) sets the
// size: 5–20 s of it on a 2-core machine, under 2 min for the whole benchmark there. Each
// path stores warm-up + rounds × roundUnits events: 4,100 (SQLite) or 1,050 (PostgreSQL,
// where every commit waits for an fsync) single events, and 9,000 in batches of 1,000.
const BUDGETS: Record<Engine, Record<BatchSize, Budget>> = {
  sqlite: {
    1: { warmupUnits: 100, rounds: 20, roundUnits: 200 },
    1000: { warmupUnits: 1_000, rounds: 4, roundUnits: 2_000 },
  },
  postgres: {
    1: { warmupUnits: 50, rounds: 20, roundUnits: 50 },
    1000: { warmupUnits: 1_000, rounds: 4, roundUnits: 2_000 },
  },
};

const PATHS = {
  http: 'POST /api/v1/events',
  record: 'recordEvents()',
  ingest: 'ingestEvents()',
  raw: 'raw INSERT (driver)',
} as const;
type Path = keyof typeof PATHS;

/**
 * Events per second into the timeline, four ways on the same engine: the whole HTTP route
 * (in process, through `app.inject`); `recordEvents`, what the route runs in its transaction
 * (append, then rescore each touched lead and apply the MQL rule); `ingestEvents`, the
 * append alone; and the driver alone. Each path has a fresh database seeded alike and stores
 * the same number of events, the paths taking turns round after round (see measure.ts).
 * The ratio to the raw rate is the figure we track: what the product costs on top of the
 * database, which depends much less on the machine than events/s do.
 */
export const ingest: Benchmark = {
  name: 'ingest',
  title: 'Ingest: page_view events/s, pipeline vs raw INSERT on the same engine',
  columns: [
    { key: 'engine', header: 'engine' },
    { key: 'path', header: 'path' },
    { key: 'batch', header: 'batch' },
    { key: 'events', header: 'events' },
    { key: 'seconds', header: 'seconds', format: formatFixed(2) },
    { key: 'eventsPerSecond', header: 'events/s' },
    { key: 'ratioToRaw', header: 'ratio to raw', format: formatFixed(2) },
    { key: 'roundRatios', header: 'rounds p25–p75' },
  ],
  async run(context, progress) {
    const rows: ResultRow[] = [];
    for (const batch of BATCHES) {
      const contenders = {} as Record<Path, Contender>;
      for (const path of Object.keys(PATHS) as Path[]) {
        contenders[path] = await openContender(path, await context.createDatabase(), batch);
      }
      const budget = BUDGETS[context.engine][batch];
      progress(
        `${context.engine}, batch ${batch}: ${budget.rounds} rounds of ${budget.roundUnits} events per path`,
      );
      const measured = await measureInterleaved(budget, {
        http: contenders.http.workload,
        record: contenders.record.workload,
        ingest: contenders.ingest.workload,
        raw: contenders.raw.workload,
      });
      for (const path of Object.keys(PATHS) as Path[]) {
        const { units, warmupUnits } = measured[path];
        const stored = await contenders[path].finish();
        if (stored !== units + warmupUnits) {
          // A benchmark that silently measured rejected events would be worthless.
          throw new Error(`${PATHS[path]}: expected ${units + warmupUnits} events stored, found ${stored}`);
        }
      }
      const raw = measured.raw;
      for (const path of Object.keys(PATHS) as Path[]) {
        const throughput = measured[path];
        const perRound = throughput.segments.map((segment, round) => {
          const rawSegment = raw.segments[round];
          return rawSegment
            ? segment.units / segment.seconds / (rawSegment.units / rawSegment.seconds)
            : Number.NaN;
        });
        rows.push({
          engine: context.engine,
          path: PATHS[path],
          batch,
          events: throughput.units,
          seconds: throughput.seconds,
          eventsPerSecond: Math.round(throughput.perSecond),
          ratioToRaw: throughput.perSecond / raw.perSecond,
          roundRatios:
            path === 'raw'
              ? ''
              : `${quantile(perRound, 0.25).toFixed(2)}–${quantile(perRound, 0.75).toFixed(2)}`,
        });
        progress(`  ${PATHS[path]}: ${Math.round(throughput.perSecond)} events/s`);
      }
    }
    return rows;
  },
};

interface Contender {
  workload: Workload<PageViewItem[]>;
  /** Closes what the contender opened and returns how many events its database holds. */
  finish(): Promise<number>;
}

/** A path on its own fresh database with `LEAD_POOL` leads, ready to be timed. */
async function openContender(path: Path, database: BenchDatabase, batch: BatchSize): Promise<Contender> {
  const system = await database.openSystem();
  const leads = await seedLeads(system, LEAD_POOL);
  const nextBatch = pageViewMaker(leads, path);
  const prepare = (): PageViewItem[] => nextBatch(batch, Date.now());
  const unitsOf = (items: readonly PageViewItem[]): number => items.length;
  const countAfter = async (close: () => Promise<void>): Promise<number> => {
    await close();
    const driver = await database.openRaw();
    const count = await countEvents(driver);
    await driver.close();
    return count;
  };

  switch (path) {
    case 'http': {
      const app = await buildServer(system);
      await app.ready();
      const { secret } = await system.stores.transaction((stores) =>
        createToken(stores, { name: 'bench', role: 'marketing' }, system.clock.now()),
      );
      const headers = { authorization: `Bearer ${secret}` };
      const run = async (events: PageViewItem[]): Promise<void> => {
        const response = await app.inject({
          method: 'POST',
          url: '/api/v1/events',
          headers,
          payload: { events },
        });
        if (response.statusCode !== 200) {
          throw new Error(
            `POST /api/v1/events answered ${response.statusCode}: ${response.body.slice(0, 500)}`,
          );
        }
      };
      return {
        workload: { prepare, unitsOf, run },
        finish: () =>
          countAfter(async () => {
            await app.close();
            await system.close();
          }),
      };
    }
    case 'record': {
      // What the route does inside its transaction: append, then rescore and apply the MQL rule.
      const run = async (items: PageViewItem[]): Promise<void> => {
        const playbook = await system.playbook();
        await system.stores.transaction((stores) =>
          recordEvents(stores, { playbook, hooks: system.hooks }, items, system.clock.now()),
        );
      };
      return { workload: { prepare, unitsOf, run }, finish: () => countAfter(() => system.close()) };
    }
    case 'ingest': {
      const run = async (items: PageViewItem[]): Promise<void> => {
        await system.stores.transaction((stores) => ingestEvents(stores, items, system.clock.now()));
      };
      return { workload: { prepare, unitsOf, run }, finish: () => countAfter(() => system.close()) };
    }
    case 'raw': {
      await system.close();
      const driver = await database.openRaw();
      const insert = rawEventInserter(driver);
      const leadIds = new Map(leads.map((lead) => [lead.email, lead.id]));
      const run = async (items: PageViewItem[]): Promise<void> => {
        // What any writer must do: an id, the timestamps, the props as JSON text.
        const now = Date.now();
        const rows = items.map(
          (item): EventRow => [
            newId(),
            leadIds.get(item.lead.email) ?? '',
            item.type,
            Date.parse(item.occurredAt),
            now,
            JSON.stringify(item.props),
            item.idempotencyKey,
          ],
        );
        await insert(rows);
      };
      return {
        workload: { prepare, unitsOf, run },
        finish: async () => {
          const count = await countEvents(driver);
          await driver.close();
          return count;
        },
      };
    }
    default: {
      const unknownPath: never = path;
      throw new Error(`unknown path ${String(unknownPath)}`);
    }
  }
}

/** The `q` quantile of `values` by linear interpolation (0.5 is the median). */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = sorted[Math.floor(position)] ?? Number.NaN;
  const above = sorted[Math.ceil(position)] ?? below;
  return below + (above - below) * (position - Math.floor(position));
}

async function countEvents(driver: RawDriver): Promise<number> {
  if (driver.engine === 'sqlite') {
    return (driver.sqlite.prepare('select count(*) as n from events').get() as { n: number }).n;
  }
  const { rows } = await driver.client.query<{ n: string }>('select count(*) as n from events');
  return Number(rows[0]?.n);
}
