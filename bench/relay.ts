import { newId } from '../src/kernel/ids.ts';
import type { Transactor } from '../src/kernel/transactor.ts';
import { leadEvent } from '../src/notify/lead-event.ts';
import type { PlaybookVersion } from '../src/playbook/playbook-store.ts';
import { calendarOf } from '../src/sla/calendar-of.ts';
import { planClocks } from '../src/sla/plan-clocks.ts';
import { SWEEP_BATCH, sweepClocks } from '../src/sla/sweep-clocks.ts';
import type { LeadsTable } from '../src/storage/schema.ts';
import { leadFromRow } from '../src/storage/sql-lead-store.ts';
import type { Stores } from '../src/storage/stores.ts';
import type { System } from '../src/system.ts';
import { type Benchmark, formatFixed, formatInteger, type ResultRow } from './benchmark.ts';
import type { BenchDatabase, EngineContext, RawDriver } from './engines.ts';
import { quantile } from './latency.ts';
import type { Rep } from './raw-relay.ts';
import { rawSql, tuples } from './raw-sql.ts';
import { analyze, bulkWriter, DAY_MS, queryNumber, seedLeadBase } from './seed.ts';
import { addSalesTeam, applyRoutingPlaybook } from './team.ts';

/** Open MQLs, each with its 3 clocks (first touch, attempts, decision): 300,000 clock rows. */
const LEADS = 100_000;
/** A third of the clocks are due: every clock of the first third of the leads. */
const DUE_LEADS = Math.ceil(LEADS / 3);
/** Reps who own the MQLs, in one team with one manager (breaches notify both). */
const REPS = 10;
/**
 * The sweep is stopped after this long (at a batch boundary) and its rate extrapolated, so
 * that a slow sweep does not hold the run for an hour; the table says when that happened.
 */
const SWEEP_TIME_BOX_MS = 300_000;
/** Idle sweeps timed per state: the median and the slowest are reported. */
const IDLE_SWEEPS = 10;

/** Wednesday 2026-03-11, 10:00 in São Paulo: the moment the sweep runs (a working day). */
const SWEEP_AT = Date.parse('2026-03-11T10:00:00-03:00');
/** Before any clock started: a sweep then finds nothing due. */
const BEFORE_ALL = SWEEP_AT - 30 * DAY_MS;

/**
 * Issue 4's sweep: how fast `sweepClocks` stamps a backlog of due SLA clocks (warning or
 * breach, an outbox message each, in batches of 200 per transaction) among 300,000 open
 * clocks, next to the driver claiming and stamping the same clocks; and what an idle sweep
 * costs (the `bastao start` loop runs one every 5 s) before and after the backlog.
 * Event → MQL → owner → clocks → outbox latency is measured by the `mql` benchmark.
 */
export const relay: Benchmark = {
  name: 'relay',
  title: 'SLA sweep: 100,000 open MQLs, 300,000 clocks, a third due',
  columns: [
    { key: 'engine', header: 'engine' },
    { key: 'path', header: 'path' },
    { key: 'state', header: 'clocks' },
    { key: 'stamped', header: 'stamped' },
    { key: 'seconds', header: 'seconds', format: formatFixed(2) },
    { key: 'perSecond', header: 'clocks/s', format: formatInteger },
    { key: 'ratioToRaw', header: 'ratio to raw', format: formatFixed(3) },
    { key: 'p50', header: 'p50 ms', format: formatFixed(1) },
    { key: 'max', header: 'max ms', format: formatFixed(1) },
    { key: 'note', header: 'note' },
    { key: 'seedSeconds', header: 'seed s', format: formatFixed(1) },
  ],
  async run(context, progress) {
    const product = await openSeeded(context, progress);
    const rows: ResultRow[] = [];
    const open = `${formatInteger(3 * LEADS)} open, none due`;
    rows.push({
      ...(await idleSweeps(product.system, product.playbook, BEFORE_ALL)),
      engine: context.engine,
      path: 'sweepClocks(), idle',
      state: open,
      seedSeconds: product.seedSeconds,
    });
    progress(`${context.engine}: sweeping ${formatInteger(3 * DUE_LEADS)} due clocks`);
    const due = await sweepBacklog(product.system, product.playbook);
    const expected = 3 * DUE_LEADS;
    const stamped = await stampedClocks(product.driver);
    if (stamped !== due.stamped) {
      throw new Error(`sweep: ${due.stamped} clocks reported, ${stamped} stamped in the database`);
    }
    const seconds = due.complete ? due.seconds : (due.seconds * expected) / stamped;
    progress(`  sweepClocks: ${stamped} of ${expected} in ${due.seconds.toFixed(1)} s`);

    const rawBase = await openSeeded(context, progress, { product: false });
    const rawStarted = performance.now();
    const rawStamped = await rawSweep(rawBase.driver, SWEEP_AT);
    const rawSeconds = (performance.now() - rawStarted) / 1000;
    if (rawStamped !== expected || (await stampedClocks(rawBase.driver)) !== expected) {
      throw new Error(`raw sweep: expected ${expected} clocks stamped, got ${rawStamped}`);
    }
    await rawBase.driver.close();
    rows.push({
      engine: context.engine,
      path: 'sweepClocks(), backlog',
      state: `${formatInteger(expected)} due of ${formatInteger(3 * LEADS)}`,
      stamped,
      seconds,
      perSecond: expected / seconds,
      ratioToRaw: rawSeconds / seconds,
      note: due.complete
        ? ''
        : `stopped after ${due.seconds.toFixed(0)} s; seconds extrapolated from ${formatInteger(stamped)} clocks`,
    });
    rows.push({
      engine: context.engine,
      path: 'raw driver: claim + stamp + outbox',
      state: `${formatInteger(expected)} due of ${formatInteger(3 * LEADS)}`,
      stamped: rawStamped,
      seconds: rawSeconds,
      perSecond: expected / rawSeconds,
      ratioToRaw: 1,
      seedSeconds: rawBase.seedSeconds,
    });

    if (!due.complete) {
      // Stamp the rest as the sweep would have, so the next idle sweep sees the whole backlog done.
      await stampRest(product.driver, SWEEP_AT);
    }
    rows.push({
      ...(await idleSweeps(product.system, product.playbook, SWEEP_AT)),
      engine: context.engine,
      path: 'sweepClocks(), idle',
      state: `${formatInteger(3 * LEADS)} open, ${formatInteger(expected)} of them breached`,
    });
    rows.push(...(await probes(context, product.system, product.driver)));
    await product.system.close();
    await product.driver.close();
    return rows;
  },
};

interface Seeded {
  system: System;
  playbook: PlaybookVersion;
  driver: RawDriver;
  seedSeconds: number;
}

/**
 * A database with the team, the routing playbook and `LEADS` MQLs with their clocks,
 * written through the driver: the first third assigned 7–14 days before `SWEEP_AT` (all
 * three clocks past due), the rest in the 30 minutes before it (none due, no warning yet).
 * The leads have no events: the sweep does not read them.
 */
async function openSeeded(
  context: EngineContext,
  progress: (line: string) => void,
  options: { product: boolean } = { product: true },
): Promise<Seeded> {
  const database: BenchDatabase = await context.createDatabase();
  const system = await database.openSystem();
  const { reps } = await addSalesTeam(system, REPS);
  const playbook = await applyRoutingPlaybook(system, 'bench: route MQLs to the inside team');
  const driver = await database.openRaw();
  const started = performance.now();
  const assignedAt = (i: number) =>
    i < DUE_LEADS
      ? SWEEP_AT - 7 * DAY_MS - ((i * 7919) % 1_000) * ((7 * DAY_MS) / 1_000)
      : SWEEP_AT - 60_000 - ((i * 7919) % 1_000) * 1_740;
  const ownerOf = (i: number): Rep => reps[i % reps.length] as Rep;
  const seeded = await seedLeadBase(driver, {
    prefix: 'mql',
    leads: LEADS,
    now: SWEEP_AT - 15 * DAY_MS,
    days: 60,
    profile: 'mixed',
    leadsPerCompany: 5,
    adjust: (i, row) => {
      row.stage = 'mql';
      row.stage_entered_at = assignedAt(i);
      row.owner_id = ownerOf(i).id;
      row.assigned_at = assignedAt(i);
      row.score_playbook_version = playbook.version;
    },
  });
  const calendar = calendarOf(playbook.playbook);
  const writer = bulkWriter(driver);
  const columns = [
    'id',
    'lead_id',
    'owner_id',
    'kind',
    'started_at',
    'due_at',
    'warn_at',
    'playbook_version',
  ];
  for (let from = 0; from < LEADS; from += 10_000) {
    const rows = seeded.leads
      .slice(from, from + 10_000)
      .flatMap((lead, n) =>
        planClocks(playbook.playbook.sla, calendar, assignedAt(from + n)).map((c) => [
          newId(),
          lead.id,
          ownerOf(from + n).id,
          c.kind,
          c.startedAt,
          c.dueAt,
          c.warnAt,
          playbook.version,
        ]),
      );
    await writer.transaction(() => writer.insert('sla_clocks', columns, rows));
  }
  await analyze(driver);
  const seedSeconds = (performance.now() - started) / 1000;
  const due = await queryNumber(
    driver,
    `select count(*) from sla_clocks where due_at <= ${SWEEP_AT} or warn_at <= ${SWEEP_AT}`,
  );
  if (due !== 3 * DUE_LEADS) {
    throw new Error(`seed: expected ${3 * DUE_LEADS} clocks due at the sweep, found ${due}`);
  }
  progress(
    `${context.engine}: seeded ${formatInteger(LEADS)} MQLs, ${formatInteger(3 * LEADS)} clocks in ${seedSeconds.toFixed(1)} s`,
  );
  if (!options.product) {
    await system.close();
  }
  return { system, playbook, driver, seedSeconds };
}

/** `IDLE_SWEEPS` sweeps at `at`, each timed; every one must find nothing to do. */
async function idleSweeps(system: System, playbook: PlaybookVersion, at: number) {
  const times: number[] = [];
  for (let i = 0; i < IDLE_SWEEPS; i++) {
    const started = performance.now();
    const result = await sweepClocks(system.stores, playbook, at);
    times.push(performance.now() - started);
    if (result.warned + result.breached > 0) {
      throw new Error(`idle sweep stamped ${result.warned + result.breached} clocks`);
    }
  }
  return { stamped: 0, p50: quantile(times, 0.5), max: Math.max(...times) };
}

class TimeBoxOver extends Error {}

/** The backlog sweep, stopped at a batch boundary once `SWEEP_TIME_BOX_MS` has passed. */
async function sweepBacklog(system: System, playbook: PlaybookVersion) {
  const started = performance.now();
  let stamped = 0;
  const boxed: Transactor<Stores> = {
    transaction: async (work) => {
      if (performance.now() - started > SWEEP_TIME_BOX_MS) {
        throw new TimeBoxOver();
      }
      return system.stores.transaction(async (stores) => {
        const result = await work(stores);
        const { count } = result as { count?: number };
        stamped += count ?? 0;
        return result;
      });
    },
  };
  try {
    await sweepClocks(boxed, playbook, SWEEP_AT);
    return { complete: true, stamped, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    if (!(error instanceof TimeBoxOver)) {
      throw error;
    }
    return { complete: false, stamped, seconds: (performance.now() - started) / 1000 };
  }
}

const stampedClocks = (driver: RawDriver) =>
  queryNumber(
    driver,
    'select count(*) from sla_clocks where breached_at is not null or warned_at is not null',
  );

/**
 * The floor for the sweep: per transaction, claim up to `SWEEP_BATCH` due clocks (the
 * product's query, SKIP LOCKED on PostgreSQL), read their leads in one query, stamp them
 * in one UPDATE and write their `sla.breached` messages in one multi-row INSERT. Every due
 * clock here is past due, so each is a breach (the product would warn one still before it).
 */
async function rawSweep(driver: RawDriver, now: number): Promise<number> {
  const db = rawSql(driver);
  const lock = driver.engine === 'postgres' ? ' for update skip locked' : '';
  const marks = (n: number) => Array<string>(n).fill('?').join(', ');
  let stamped = 0;
  for (;;) {
    const count = await db.transaction(async () => {
      const clocks = await db.all<{ id: string; lead_id: string; kind: string; due_at: number }>(
        `select id, lead_id, kind, due_at from sla_clocks
         where met_at is null and stopped_at is null and breached_at is null
           and (due_at <= ? or (warn_at <= ? and warned_at is null))
         order by due_at, id limit ?${lock}`,
        [now, now, SWEEP_BATCH],
      );
      if (clocks.length === 0) {
        return 0;
      }
      const leadIds = [...new Set(clocks.map((c) => c.lead_id))];
      const leads = await db.all<LeadsTable>(
        `select * from leads where id in (${marks(leadIds.length)})`,
        leadIds,
      );
      const leadById = new Map(leads.map((row) => [row.id, leadFromRow(row)]));
      await db.run(
        `update sla_clocks set breached_at = due_at, escalated_at = ? where id in (${marks(clocks.length)})`,
        [now, ...clocks.map((c) => c.id)],
      );
      const rows = clocks.flatMap((c) => {
        const lead = leadById.get(c.lead_id);
        const message = lead
          ? leadEvent('sla.breached', lead, c.due_at, { clock: c.kind, dueAt: c.due_at })
          : null;
        return message ? [[newId(), message.type, JSON.stringify(message), message.occurredAt, now]] : [];
      });
      if (rows.length > 0) {
        await db.run(
          `insert into outbox (id, topic, payload, occurred_at, created_at) values ${tuples(rows.length, 5)}`,
          rows.flat(),
        );
      }
      return clocks.length;
    });
    stamped += count;
    if (count < SWEEP_BATCH) {
      return stamped;
    }
  }
}

async function stampRest(driver: RawDriver, now: number): Promise<void> {
  await bulkWriter(driver).exec(
    `update sla_clocks set breached_at = due_at, escalated_at = ${now}
     where met_at is null and stopped_at is null and breached_at is null and due_at <= ${now}`,
  );
}

/**
 * Where the sweep's time goes, per call on the same database: the team read each clock
 * makes (`team.members()`: users plus open MQLs counted per owner) and the claim query
 * once the backlog is stamped (its index range still holds every breached clock).
 */
async function probes(context: EngineContext, system: System, driver: RawDriver): Promise<ResultRow[]> {
  const time = async (label: string, call: () => Promise<unknown>): Promise<ResultRow> => {
    const times: number[] = [];
    for (let i = 0; i < IDLE_SWEEPS; i++) {
      const started = performance.now();
      await call();
      times.push(performance.now() - started);
    }
    return {
      engine: context.engine,
      path: label,
      state: 'probe',
      p50: quantile(times, 0.5),
      max: Math.max(...times),
    };
  };
  const openMqls = await queryNumber(driver, `select count(*) from leads where stage = 'mql'`);
  return [
    await time(`team.members() with ${formatInteger(openMqls)} open MQLs`, () =>
      system.stores.team.members(),
    ),
    await time(`clocks.claimDue(${SWEEP_BATCH}), nothing due`, () =>
      system.stores.transaction((stores) => stores.clocks.claimDue(SWEEP_AT, SWEEP_BATCH)),
    ),
  ];
}
