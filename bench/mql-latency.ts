import type { FastifyInstance } from 'fastify';
import { createToken } from '../src/access/create-token.ts';
import { buildServer } from '../src/http/server.ts';
import type { Engine } from '../src/storage/dialect.ts';
import type { System } from '../src/system.ts';
import type { ResultRow } from './benchmark.ts';
import type { BenchDatabase, EngineContext, RawDriver } from './engines.ts';
import { type LatencyBudget, type LatencyWorkload, measureLatencies, quantile } from './latency.ts';
import { type RawEvent, rawRelayPath } from './raw-relay.ts';
import {
  analyze,
  DAY_MS,
  eventProps,
  mixedHistory,
  queryNumber,
  type SeedEvent,
  seedLeadBase,
} from './seed.ts';
import { addSalesTeam, applyRoutingPlaybook } from './team.ts';

/**
 * Every path's database holds this base besides the leads it sends events to: 10,000
 * leads of every grade with 10 events each over 120 days (none of them MQL).
 */
const BACKGROUND_LEADS = 10_000;
const EVENTS_PER_LEAD = 10;

/** ≥ 1,000 timed requests per path, taking turns in rounds of 100. */
const BUDGETS: Record<Engine, LatencyBudget> = {
  sqlite: { warmupCalls: 100, rounds: 10, roundCalls: 100 },
  postgres: { warmupCalls: 100, rounds: 10, roundCalls: 100 },
};
/** Two active reps in the routed team, as in a small sales team. */
const REPS = 2;

export const LATENCY_PATHS = {
  below: 'event, no crossing',
  queue: 'event → MQL → queue (no reps)',
  owner: 'event → MQL → owner (2 reps)',
  raw: 'raw driver: same rows as → owner',
} as const;
type Path = keyof typeof LATENCY_PATHS;

/** One request's event, built before the timer starts. */
type Prepared = RawEvent;

/**
 * Latency of one `POST /api/v1/events` whose single event makes a prepared lead cross the
 * MQL rule, to the committed `mql` transition (and, with reps, its owner, 3 SLA clocks,
 * cadence tasks and outbox messages, all in that transaction). Four paths, each on its own
 * database seeded alike, taking turns: the same request below the bar (the cost of
 * rescoring alone), crossing with nobody in the team (the relay routes to the `unassigned`
 * queue but still starts clocks and writes the outbox), crossing with two reps and a
 * routing rule (a real owner), and the driver writing the same rows as that last one.
 */
export async function measureMqlLatency(
  context: EngineContext,
  progress: (line: string) => void,
): Promise<ResultRow[]> {
  const budget = BUDGETS[context.engine];
  const perPath = budget.warmupCalls + budget.rounds * budget.roundCalls;
  const paths = {} as Record<Path, OpenPath>;
  for (const path of Object.keys(LATENCY_PATHS) as Path[]) {
    const started = performance.now();
    paths[path] = await openPath(path, await context.createDatabase(), perPath);
    progress(
      `${context.engine} ${path}: seeded and ready in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  progress(`${context.engine}: ${budget.rounds} rounds of ${budget.roundCalls} requests per path`);
  const times = await measureLatencies(budget, {
    below: paths.below.workload,
    queue: paths.queue.workload,
    owner: paths.owner.workload,
    raw: paths.raw.workload,
  });
  for (const path of Object.keys(LATENCY_PATHS) as Path[]) {
    await paths[path].verify(perPath);
  }
  const rawP50 = quantile(times.raw, 0.5);
  return (Object.keys(LATENCY_PATHS) as Path[]).map((path) => {
    const calls = times[path];
    const seconds = calls.reduce((sum, ms) => sum + ms, 0) / 1000;
    const p50 = quantile(calls, 0.5);
    progress(
      `  ${LATENCY_PATHS[path]}: p50 ${p50.toFixed(2)} ms, p99 ${quantile(calls, 0.99).toFixed(2)} ms`,
    );
    return {
      engine: context.engine,
      measure: 'latency',
      path: LATENCY_PATHS[path],
      units: calls.length,
      p50,
      p99: quantile(calls, 0.99),
      seconds,
      perSecond: calls.length / seconds,
      ratioToRaw: rawP50 / p50,
    };
  });
}

interface OpenPath {
  workload: LatencyWorkload<Prepared, boolean>;
  /** Checks, from the database, that every request did its work; throws otherwise. */
  verify(requests: number): Promise<void>;
}

async function openPath(path: Path, database: BenchDatabase, leads: number): Promise<OpenPath> {
  const driver = await database.openRaw();
  const now = Date.now();
  await seedLeadBase(driver, {
    prefix: 'base',
    leads: BACKGROUND_LEADS,
    now,
    days: 120,
    profile: 'mixed',
    leadsPerCompany: 5,
    history: mixedHistory(EVENTS_PER_LEAD, now),
  });
  const prepared = await seedLeadBase(driver, {
    prefix: 'quase',
    leads,
    now,
    days: 10,
    profile: 'fit',
    leadsPerCompany: 5,
    history: belowTheBar(now),
  });
  await analyze(driver);
  const system = await database.openSystem();
  const reps = path === 'queue' ? [] : (await addSalesTeam(system, REPS)).reps;
  const playbook = await applyRoutingPlaybook(system, 'bench: route MQLs to the inside team');
  let next = 0;
  const prepare = (): Prepared => {
    const n = next++;
    const lead = prepared.leads[n];
    if (!lead) {
      throw new Error(`${path}: ran out of prepared leads at ${n}`);
    }
    // Half the crossings by engagement (a webinar), half by a hand-raise (a demo request).
    const type = path === 'below' ? 'page_view' : n % 2 === 0 ? 'webinar' : 'demo_request';
    const props = type === 'page_view' ? BLOG_PAGE : eventProps(type, Math.random);
    return { email: lead.email, type, props, idempotencyKey: `${path}-${n}` };
  };
  const crosses = path !== 'below';
  if (path === 'raw') {
    await system.close();
    const send = rawRelayPath(driver, playbook, reps);
    return {
      workload: {
        prepare,
        run: (p) => send(p, Date.now()),
        check: (p, became) => {
          if (!became) {
            throw new Error(`raw: ${p.email} did not cross the MQL rule`);
          }
        },
      },
      verify: (requests) => verifyRelay(driver, requests, { owned: true, close: () => driver.close() }),
    };
  }
  const { app, headers } = await openApp(system);
  return {
    workload: {
      prepare,
      run: async (p) => {
        const response = await app.inject({
          method: 'POST',
          url: '/api/v1/events',
          headers,
          payload: {
            events: [
              { lead: { email: p.email }, type: p.type, props: p.props, idempotencyKey: p.idempotencyKey },
            ],
          },
        });
        if (response.statusCode !== 200) {
          throw new Error(
            `POST /api/v1/events answered ${response.statusCode}: ${response.body.slice(0, 300)}`,
          );
        }
        const body = response.json() as { transitions: { to: string }[]; summary: { stored: number } };
        return (
          body.summary.stored === 1 && body.transitions.length === 1 && body.transitions[0]?.to === 'mql'
        );
      },
      check: (p, became) => {
        if (became !== crosses) {
          throw new Error(`${path}: ${p.email} ${crosses ? 'did not cross' : 'crossed'} the MQL rule`);
        }
      },
    },
    verify: async (requests) => {
      await app.close();
      await system.close();
      if (path === 'below') {
        const mqls = await queryNumber(driver, `select count(*) from leads where stage = 'mql'`);
        await driver.close();
        if (mqls !== 0) {
          throw new Error(`below: ${mqls} leads became MQL`);
        }
        return;
      }
      await verifyRelay(driver, requests, { owned: path === 'owner', close: () => driver.close() });
    },
  };
}

async function openApp(system: System): Promise<{ app: FastifyInstance; headers: Record<string, string> }> {
  const app = await buildServer(system);
  await app.ready();
  const { secret } = await system.stores.transaction((stores) =>
    createToken(stores, { name: 'bench', role: 'marketing' }, system.clock.now()),
  );
  return { app, headers: { authorization: `Bearer ${secret}` } };
}

/** Every request's lead is `mql` with 3 clocks and 2 outbox messages; with reps, an owner and 6 tasks. */
async function verifyRelay(
  driver: RawDriver,
  requests: number,
  options: { owned: boolean; close(): Promise<void> },
): Promise<void> {
  const count = (text: string) => queryNumber(driver, text);
  const found = {
    mql: await count(`select count(*) from leads where stage = 'mql'`),
    owned: await count(`select count(*) from leads where stage = 'mql' and owner_id is not null`),
    queued: await count(`select count(*) from leads where stage = 'mql' and queue = 'unassigned'`),
    transitions: await count(`select count(*) from transitions where to_stage = 'mql'`),
    clocks: await count('select count(*) from sla_clocks'),
    tasks: await count('select count(*) from tasks'),
    outbox: await count(`select count(*) from outbox where topic in ('lead.mql', 'lead.assigned')`),
  };
  await options.close();
  const expected = {
    mql: requests,
    owned: options.owned ? requests : 0,
    queued: options.owned ? 0 : requests,
    transitions: requests,
    clocks: 3 * requests,
    tasks: options.owned ? 6 * requests : 0,
    outbox: 2 * requests,
  };
  for (const [key, value] of Object.entries(expected)) {
    if (found[key as keyof typeof found] !== value) {
      throw new Error(`relay check: expected ${value} ${key}, found ${JSON.stringify(found)}`);
    }
  }
}

/** Not the pricing page: a view of that one is worth 20 points. */
const BLOG_PAGE = {
  url: 'https://www.bastao.example/blog/lead-scoring-na-pratica',
  title: 'Lead scoring na prática',
};

/** The ten events of a lead about to qualify, oldest first: 40 points under the default playbook. */
const ALMOST_MQL = ['page_view', 'email_open', 'page_view', 'download', 'page_view', 'email_click'].concat(
  'page_view',
  'email_open',
  'webinar',
  'page_view',
);

/**
 * A grade-A lead's last days (since it was created, at most three days): 5 page views, 2
 * e-mail opens, a click, a download and a webinar — 40 points under the default playbook
 * (37–40 after decay), below the 50 the MQL rule asks of a grade-B-or-better lead. One more
 * webinar (+20) crosses it; so does a demo request (a hand-raise); a page view (+1) does not.
 */
const belowTheBar =
  (now: number) =>
  (_index: number, createdAt: number, rand: () => number): SeedEvent[] => {
    const start = Math.max(createdAt, now - 3 * DAY_MS);
    return ALMOST_MQL.map((type, i) => ({
      type,
      occurredAt: Math.round(start + ((i + rand()) / ALMOST_MQL.length) * (now - start)),
      // Not the pricing page: that one is worth 20 points.
      props:
        type === 'page_view'
          ? {
              url: 'https://www.bastao.example/blog/lead-scoring-na-pratica',
              title: 'Lead scoring na prática',
            }
          : eventProps(type, rand),
    }));
  };
