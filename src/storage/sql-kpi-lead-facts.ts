import { type Kysely, sql } from 'kysely';
import { AppError } from '../kernel/app-error.ts';
import type { LeadFacts, Period } from '../kpi/kpi-facts.ts';
import type { RowPage } from '../kpi/kpi-store.ts';
import type { Database } from './schema.ts';

/** The funnel stages whose first time the KPIs need, in order. */
const FUNNEL = ['mql', 'sql', 'opportunity', 'customer'] as const;
/** Lead facts are read from these sources in turn, each in its own index order. */
const LEAD_SOURCES = ['created', ...FUNNEL] as const;

/** Where a paged read stopped: the source and the sort key (time, id) of the last row. */
export interface Position {
  source: number;
  at: number | null;
  id: string;
}

export const START: Position = { source: 0, at: null, id: '' };
const encode = (p: Position): string => Buffer.from(JSON.stringify(p)).toString('base64url');

/** A cursor of `encode`; anything else (a client may hand one back) is a 400, not a crash. */
export function decode(cursor: string | null): Position {
  if (cursor === null) {
    return START;
  }
  try {
    const p = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<Position> | null;
    if (
      Number.isSafeInteger(p?.source) &&
      (p?.at === null || Number.isSafeInteger(p?.at)) &&
      typeof p?.id === 'string'
    ) {
      return p as Position;
    }
  } catch {
    // answered below
  }
  throw new AppError(
    'invalid_request',
    'The cursor is not valid: pass back the `nextCursor` of a previous page.',
  );
}

/**
 * The keyset condition of a page in `(time, id)` order, from `from` on: one lower bound on
 * the time, the later of `from` and the cursor's, so that the index range starts at the
 * cursor (with two bounds SQLite may start at `from` and filter: quadratic over pages).
 */
export const fromCursor = (time: string, id: string, from: number, p: Position) =>
  p.at === null || p.at < from
    ? sql<boolean>`${sql.ref(time)} >= ${from}`
    : sql<boolean>`${sql.ref(time)} >= ${p.at} and (${sql.ref(time)} > ${p.at} or ${sql.ref(id)} > ${p.id})`;

export const num = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

/** The page's next cursor: the same source after the last row, or the next source when it ran out. */
export function nextOf(
  p: Position,
  last: { at: number; id: string } | undefined,
  full: boolean,
  sources: number,
) {
  const next =
    full && last ? { source: p.source, at: last.at, id: last.id } : { ...START, source: p.source + 1 };
  return next.source >= sources ? null : encode(next);
}

type FirstTimes = Partial<Record<(typeof FUNNEL)[number], number>>;

/**
 * Each lead's first time at each funnel stage, for a page of leads at once. The query names
 * the leads only, never the stage: with a stage in the condition and a long list of ids,
 * SQLite walks the whole stage index instead of the lead index (measured: 0.4 ms a lead
 * at 200,000 leads). A lead has a handful of transitions; the minimum is taken here.
 */
export async function firstTimesOf(
  db: Kysely<Database>,
  leadIds: readonly string[],
): Promise<Map<string, FirstTimes>> {
  const firsts = new Map<string, FirstTimes>();
  if (leadIds.length === 0) {
    return firsts;
  }
  const rows = await db
    .selectFrom('transitions')
    .select(['lead_id', 'to_stage', 'at'])
    .where('lead_id', 'in', [...new Set(leadIds)])
    .execute();
  for (const { lead_id, to_stage, at } of rows) {
    const stage = to_stage as (typeof FUNNEL)[number];
    if (FUNNEL.includes(stage)) {
      const times = firsts.get(lead_id) ?? {};
      times[stage] = Math.min(times[stage] ?? Number.POSITIVE_INFINITY, Number(at));
      firsts.set(lead_id, times);
    }
  }
  return firsts;
}

/**
 * `KpiStore.leadFacts`: each live lead once that was created in the period (by
 * `leads_created_idx`) or, if not, whose earliest funnel transition inside it is to one of
 * the four stages (by `transitions_stage_idx`, one stage after the other), then its first
 * time at each stage and its first won deal, for the page's ids at once.
 */
export function sqlLeadFacts(db: Kysely<Database>) {
  async function factsOf(leadIds: readonly string[]): Promise<LeadFacts[]> {
    const [leads, firsts, deals] = await Promise.all([
      db
        .selectFrom('leads as l')
        .leftJoin('users as u', 'u.id', 'l.owner_id')
        .select(['l.id', 'l.created_at', 'l.channel', 'l.campaign', 'l.owner_id', 'u.name as owner_name'])
        .select(['l.grade', 'l.fit'])
        .where('l.id', 'in', leadIds)
        .execute(),
      firstTimesOf(db, leadIds),
      // By lead only, for the same reason as `firstTimesOf` (the status index would win).
      db
        .selectFrom('deals')
        .select(['lead_id', 'status', 'closed_at'])
        .where('lead_id', 'in', leadIds)
        .execute(),
    ]);
    const wonAt = new Map<string, number>();
    for (const d of deals) {
      if (d.status === 'won' && d.closed_at !== null) {
        wonAt.set(d.lead_id, Math.min(wonAt.get(d.lead_id) ?? Number.POSITIVE_INFINITY, Number(d.closed_at)));
      }
    }
    return leads.map((l) => ({
      leadId: l.id,
      createdAt: Number(l.created_at),
      channel: l.channel,
      campaign: l.campaign,
      ownerId: l.owner_id,
      ownerName: l.owner_name,
      grade: l.grade,
      fit: l.fit,
      firstMqlAt: firsts.get(l.id)?.mql ?? null,
      firstSqlAt: firsts.get(l.id)?.sql ?? null,
      firstOpportunityAt: firsts.get(l.id)?.opportunity ?? null,
      firstCustomerAt: firsts.get(l.id)?.customer ?? null,
      firstWonAt: wonAt.get(l.id) ?? null,
    }));
  }

  /** Live leads created in the period. */
  const createdPage = (period: Period, p: Position, limit: number) =>
    db
      .selectFrom('leads')
      .select(['id', 'id as lead_id', 'created_at as at'])
      .where('merged_into_id', 'is', null)
      .where(fromCursor('created_at', 'id', period.from, p))
      .where('created_at', '<', period.to)
      .orderBy('created_at')
      .orderBy('id')
      .limit(limit)
      .execute();

  /**
   * Live leads not created in the period whose earliest funnel transition inside it is to
   * `stage`: over the four stages, each such lead comes once.
   */
  const movedPage = (stage: (typeof FUNNEL)[number], period: Period, p: Position, limit: number) =>
    db
      .selectFrom('transitions as t')
      .innerJoin('leads as l', 'l.id', 't.lead_id')
      .select(['t.id', 't.lead_id', 't.at'])
      .where('t.to_stage', '=', stage)
      .where(fromCursor('t.at', 't.id', period.from, p))
      .where('t.at', '<', period.to)
      .where('l.merged_into_id', 'is', null)
      .where((eb) => eb.or([eb('l.created_at', '<', period.from), eb('l.created_at', '>=', period.to)]))
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('transitions as e')
              .select('e.id')
              // `l.id`, not `t.lead_id`: SQLite then checks the cheap lead columns first.
              .whereRef('e.lead_id', '=', 'l.id')
              .where('e.to_stage', 'in', FUNNEL)
              .where('e.at', '>=', period.from)
              .where((eb) =>
                eb.or([
                  eb('e.at', '<', eb.ref('t.at')),
                  eb.and([eb('e.at', '=', eb.ref('t.at')), eb('e.id', '<', eb.ref('t.id'))]),
                ]),
              ),
          ),
        ),
      )
      .orderBy('t.at')
      .orderBy('t.id')
      .limit(limit)
      .execute();

  return async (period: Period, cursor: string | null, limit: number): Promise<RowPage<LeadFacts>> => {
    for (let p = decode(cursor); p.source < LEAD_SOURCES.length; p = { ...START, source: p.source + 1 }) {
      const stage = FUNNEL[p.source - 1];
      const rows = stage ? await movedPage(stage, period, p, limit) : await createdPage(period, p, limit);
      if (rows.length > 0) {
        const facts = await factsOf(rows.map((r) => r.lead_id));
        const last = rows.at(-1);
        const next = nextOf(
          p,
          last && { at: Number(last.at), id: last.id },
          rows.length === limit,
          LEAD_SOURCES.length,
        );
        return { rows: facts, next };
      }
    }
    return { rows: [], next: null };
  };
}
