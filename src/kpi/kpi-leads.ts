import { isWithin } from './cohort-outcome.ts';
import { groupKeyer, type KpiDimension } from './group-key.ts';
import type { LeadFacts, Period } from './kpi-facts.ts';
import type { KpiStore, LeadSummary } from './kpi-store.ts';
import { KPI_PAGE_SIZE } from './load-kpis.ts';

/** The counts of leads a person can open to see the leads behind them. */
export const DRILL_METRICS = ['leads', 'mqls', 'sqls', 'opportunities', 'customers'] as const;
export type DrillMetric = (typeof DRILL_METRICS)[number];

/**
 * When a lead counts in each metric: the instant that must fall in the period, exactly as
 * `KpiAccumulator.addLead` counts it (`mqls` is the cohort: the first `mql` ever).
 */
export const METRIC_TIME: Record<DrillMetric, (f: LeadFacts) => number | null> = {
  leads: (f) => f.createdAt,
  mqls: (f) => f.firstMqlAt,
  sqls: (f) => f.firstSqlAt,
  opportunities: (f) => f.firstOpportunityAt,
  customers: (f) => f.firstCustomerAt,
};

export interface KpiLeadsQuery {
  period: Period;
  metric: DrillMetric;
  timeZone: string;
  /** With `by`, the group's key; null: the group of a missing value. */
  by: KpiDimension | undefined;
  key: string | null;
  cursor: string | null;
  limit: number;
}

export interface KpiLead extends LeadSummary {
  /** When the lead entered the metric (created, first MQL, …), epoch ms. */
  at: number;
  channel: string | null;
  campaign: string | null;
  ownerId: string | null;
  ownerName: string | null;
  grade: string | null;
}

/**
 * Where the next page starts: a page of `KpiStore.leadFacts` (null: the first) and the last
 * lead id already listed from it, its rows taken in id order.
 */
interface Position {
  page: string | null;
  after: string;
}

const encode = (p: Position): string => Buffer.from(JSON.stringify([p.page, p.after])).toString('base64url');

function decode(cursor: string | null): Position | null {
  if (cursor === null) {
    return { page: null, after: '' };
  }
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (value[0] === null || typeof value[0] === 'string') &&
      typeof value[1] === 'string'
    ) {
      return { page: value[0], after: value[1] };
    }
  } catch {
    // not one of our cursors: answered below
  }
  return null;
}

/**
 * The leads behind a count of the KPIs (`mqls` of channel `paid`, `sqls` of week
 * `2026-W10`…), by the same facts and the same rules, so that listing them all gives the
 * number the KPIs show. Reads the period's facts page by page until `limit` leads match;
 * pass `next` back for more.
 *
 * @example await loadKpiLeads(store, { period, metric: 'mqls', by: 'channel', key: 'paid', cursor: null, limit: 50, timeZone })
 */
export async function loadKpiLeads(
  store: KpiStore,
  query: KpiLeadsQuery,
): Promise<{ ok: true; items: KpiLead[]; next: string | null } | { ok: false; message: string }> {
  const start = decode(query.cursor);
  if (start === null) {
    return { ok: false, message: 'The cursor is not valid: pass back the `nextCursor` of a previous page.' };
  }
  const { period, metric, by, key, limit } = query;
  const keyOf = groupKeyer(by, query.timeZone);
  const timeOf = METRIC_TIME[metric];
  const found: { facts: LeadFacts; at: number }[] = [];
  let next: string | null = null;
  let position = start;
  scan: while (true) {
    const page = await store.leadFacts(period, position.page, KPI_PAGE_SIZE);
    const rows = [...page.rows].sort((a, b) => (a.leadId < b.leadId ? -1 : a.leadId > b.leadId ? 1 : 0));
    let lastTaken = position.after;
    for (const facts of rows) {
      const at = timeOf(facts);
      if (facts.leadId <= position.after || !isWithin(at, period) || (by && keyOf(facts) !== key)) {
        continue;
      }
      if (found.length === limit) {
        // One more lead matches: the next page starts after the last one taken from this page.
        next = encode({ page: position.page, after: lastTaken });
        break scan;
      }
      found.push({ facts, at });
      lastTaken = facts.leadId;
    }
    if (page.next === null) {
      break;
    }
    position = { page: page.next, after: '' };
  }
  const summaries = new Map(
    (await store.leadSummaries(found.map((f) => f.facts.leadId))).map((s) => [s.leadId, s]),
  );
  const items = found.map(({ facts: f, at }) => ({
    leadId: f.leadId,
    name: summaries.get(f.leadId)?.name ?? null,
    email: summaries.get(f.leadId)?.email ?? null,
    company: summaries.get(f.leadId)?.company ?? null,
    stage: summaries.get(f.leadId)?.stage ?? 'lead',
    at,
    channel: f.channel,
    campaign: f.campaign,
    ownerId: f.ownerId,
    ownerName: f.ownerName,
    grade: f.grade,
  }));
  return { ok: true, items, next };
}
