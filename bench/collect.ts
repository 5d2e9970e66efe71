import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { collectBatch } from '../src/capture/collect-batch.ts';
import { createSite } from '../src/capture/save-site.ts';
import type { Engine } from '../src/storage/dialect.ts';
import type { System } from '../src/system.ts';
import { type Benchmark, formatFixed, type ResultRow } from './benchmark.ts';
import type { BenchDatabase, RawDriver } from './engines.ts';

/** The parts of autocannon's API used here (it ships no types). */
interface LoadResult {
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
  latency: { p50: number; p99: number };
}
interface LoadRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  requests: Array<LoadRequest & { setupRequest(request: LoadRequest): LoadRequest }>;
}) => Promise<LoadResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const BIN = fileURLToPath(new URL('../bin/bastao.js', import.meta.url));
const ORIGIN = 'https://www.bastao.example';
const USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36';

/** Concurrent connections, as many browsers sending at once. */
const CONNECTIONS = 10;
/** Seconds of warm-up (JIT, statement caches, pool) and of measurement, per scenario. */
const WARMUP_SECONDS = 2;
const MEASURE_SECONDS = 10;
/** Anonymous visitors the requests are spread over; identified visitors (each a lead). */
const ANONYMOUS_POOL = 10_000;
const IDENTIFIED_POOL = 1_000;

const SCENARIOS = {
  anonymous: 'anonymous visitor (history kept)',
  identified: 'identified visitor (lead pipeline)',
} as const;
type Scenario = keyof typeof SCENARIOS;

/**
 * Requests per second that `POST /t/collect` answers on loopback, with its p50/p99
 * latency, measured by autocannon against `bastao start` running in its own process (as
 * deployed). Each request is what the snippet sends for one page: one `page_view`. For an
 * anonymous visitor the event waits in the visitor's history; for an identified one it
 * goes through the live pipeline (append, rescore, MQL rule) in the request.
 *
 * Requests/s depend on what else the machine runs (autocannon and the server share its
 * cores); the server's CPU time per request (from /proc, Node process only: PostgreSQL's
 * own processes are not in it) moves much less with the neighbours.
 */
export const collect: Benchmark = {
  name: 'collect',
  title: 'Tracking: POST /t/collect on loopback (autocannon, one page view per request)',
  columns: [
    { key: 'engine', header: 'engine' },
    { key: 'scenario', header: 'visitor' },
    { key: 'connections', header: 'connections' },
    { key: 'requests', header: 'requests' },
    { key: 'seconds', header: 'seconds', format: formatFixed(1) },
    { key: 'requestsPerSecond', header: 'requests/s' },
    { key: 'p50', header: 'p50 ms', format: formatFixed(1) },
    { key: 'p99', header: 'p99 ms', format: formatFixed(1) },
    { key: 'failed', header: 'non-2xx' },
    { key: 'cpuPerRequest', header: 'server CPU ms/request', format: formatFixed(2) },
  ],
  async run(context, progress) {
    const rows: ResultRow[] = [];
    for (const scenario of Object.keys(SCENARIOS) as Scenario[]) {
      const database = await context.createDatabase();
      const seeded = await seed(await database.openSystem(), scenario);
      const server = await startServer(context.engine, seeded.env);
      try {
        const send = loadRequest(server.url, seeded.siteKey, seeded.visitors);
        progress(
          `${context.engine}, ${SCENARIOS[scenario]}: ${WARMUP_SECONDS} s warm-up, ${MEASURE_SECONDS} s measured`,
        );
        const warmup = await send(WARMUP_SECONDS);
        const cpuBefore = server.cpuMs();
        const measured = await send(MEASURE_SECONDS);
        const cpuPerRequest = (server.cpuMs() - cpuBefore) / measured['2xx'];
        const failed = measured.non2xx + measured.errors + measured.timeouts;
        await server.stop();
        const stored = await countStored(database, scenario);
        const answered = warmup['2xx'] + measured['2xx'];
        // Requests still in flight when a run's time is up are stored but not counted: one per connection.
        if (failed > 0 || stored < answered || stored > answered + 2 * CONNECTIONS) {
          // A benchmark that counted refused or lost events would be worthless.
          throw new Error(
            `${scenario}: ${answered} answered 2xx, ${failed} not, but ${stored} events stored`,
          );
        }
        rows.push({
          engine: context.engine,
          scenario: SCENARIOS[scenario],
          connections: CONNECTIONS,
          requests: measured['2xx'],
          seconds: measured.duration,
          requestsPerSecond: Math.round(measured['2xx'] / measured.duration),
          p50: measured.latency.p50,
          p99: measured.latency.p99,
          failed,
          cpuPerRequest,
        });
        progress(
          `  ${Math.round(measured['2xx'] / measured.duration)} requests/s, p99 ${measured.latency.p99} ms`,
        );
      } finally {
        await server.stop();
      }
    }
    return rows;
  },
};

interface Seeded {
  siteKey: string;
  visitors: string[];
  /** What `bastao start` needs to open the same database. */
  env: Record<string, string>;
}

/** A site whose origin is allowed and, for `identified`, visitors already identified as leads. */
async function seed(system: System, scenario: Scenario): Promise<Seeded> {
  try {
    const now = system.clock.now();
    const site = await system.stores.transaction((stores) =>
      createSite(stores, { name: 'Bench', allowedOrigins: [ORIGIN] }, now),
    );
    const pool = scenario === 'anonymous' ? ANONYMOUS_POOL : IDENTIFIED_POOL;
    const visitors = Array.from({ length: pool }, (_, i) => `bench-visitor-${String(i).padStart(8, '0')}`);
    if (scenario === 'identified') {
      const playbook = await system.playbook();
      for (let i = 0; i < visitors.length; i += 100) {
        await system.stores.transaction(async (stores) => {
          for (const [j, visitorId] of visitors.slice(i, i + 100).entries()) {
            const body = {
              visitorId,
              sentAt: now,
              events: [],
              identify: { email: `visitante${i + j}@empresa${(i + j) % 200}.com.br` },
            };
            await collectBatch(stores, { playbook, hooks: system.hooks }, { site, body }, now);
          }
        });
      }
    }
    const { config } = system;
    const env: Record<string, string> = {
      BASTAO_DATA_DIR: config.dataDir,
      BASTAO_SQLITE_SYNC: config.sqliteSync,
      ...(config.databaseUrl ? { DATABASE_URL: config.databaseUrl } : {}),
    };
    return { siteKey: site.publicKey, visitors, env };
  } finally {
    await system.close();
  }
}

/** autocannon for `seconds`, each request one page view of a visitor from the pool. */
function loadRequest(url: string, siteKey: string, visitors: readonly string[]) {
  let sequence = 0;
  return (seconds: number): Promise<LoadResult> =>
    autocannon({
      url,
      connections: CONNECTIONS,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          path: `/t/collect?k=${siteKey}`,
          headers: { 'content-type': 'text/plain;charset=UTF-8', origin: ORIGIN, 'user-agent': USER_AGENT },
          setupRequest(request) {
            const n = sequence++;
            const at = Date.now();
            const visitorId = visitors[(n * 7919) % visitors.length] ?? '';
            // One page in five is a landing from a campaign; the others are internal navigation.
            const isLanding = n % 5 === 0;
            const event = {
              id: `bench${n}`,
              type: 'page_view',
              at,
              url: `${ORIGIN}/blog/post-${n % 50}${isLanding ? '?utm_source=google&utm_medium=cpc&utm_campaign=marca' : ''}`,
              title: 'Lead scoring na prática',
              referrer: isLanding ? 'https://www.google.com/' : `${ORIGIN}/blog`,
            };
            return { ...request, body: JSON.stringify({ visitorId, sentAt: at, events: [event] }) };
          },
        },
      ],
    });
}

interface RunningServer {
  url: string;
  /** CPU time the server process has used so far (user + system), in ms; NaN where /proc is missing. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** Clock ticks per second of /proc/<pid>/stat (`getconf CLK_TCK`: 100 on Linux). */
const TICKS_PER_SECOND = 100;

function cpuMsOf(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** `bastao start` in a child process on a free loopback port, once it answers its health check. */
async function startServer(engine: Engine, env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [BIN, 'start'], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // The load comes from one address: the per-IP limit would measure itself.
      BASTAO_TRACKING_RATE_LIMIT: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
      }
      await exited;
    })();
    return stopping;
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`bastao start (${engine}) exited with ${child.exitCode}: ${stderr}`);
    }
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) {
      return { url, stop, cpuMs: () => cpuMsOf(child.pid) };
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`bastao start (${engine}) did not answer within 30 s: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function countStored(database: BenchDatabase, scenario: Scenario): Promise<number> {
  const driver = await database.openRaw();
  try {
    return await countRows(driver, scenario === 'anonymous' ? 'visitor_events' : 'events');
  } finally {
    await driver.close();
  }
}

async function countRows(driver: RawDriver, table: 'visitor_events' | 'events'): Promise<number> {
  if (driver.engine === 'sqlite') {
    return (driver.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  }
  const { rows } = await driver.client.query<{ n: string }>(`select count(*) as n from ${table}`);
  return Number(rows[0]?.n);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}
