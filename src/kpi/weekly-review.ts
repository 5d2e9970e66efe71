import type { Playbook } from '../playbook/playbook-schema.ts';
import { biggestChanges, type MetricChange } from './biggest-changes.ts';
import type { KpiDimension, KpiGroup } from './compute-kpis.ts';
import { decisionFeedback, type FeedbackReport, mergeObjections } from './feedback-report.ts';
import type { KpiValues } from './glossary.ts';
import { type IsoWeek, weeksBefore } from './iso-week.ts';
import { kpiSettings } from './kpi-query.ts';
import type { KpiStore, OpenBreach } from './kpi-store.ts';
import { forEachRow, KPI_PAGE_SIZE, loadKpis } from './load-kpis.ts';
import { periodOf } from './local-dates.ts';

/** Weeks the "what changed" section compares the week with. */
export const BASELINE_WEEKS = 4;
/** Open breaches listed one by one (all are counted). */
export const BREACHES_LISTED = 20;

export interface WeeklyReview extends IsoWeek {
  timeZone: string;
  currency: string;
  /** Outcomes counted up to here: the week's end, or now for the week in progress. */
  asOf: number;
  totals: KpiValues;
  previousWeeks: { week: string; totals: KpiValues }[];
  changes: MetricChange[];
  /** Speed to lead and SLA compliance by rep (the clock's owner), MQLs by lead owner. */
  byOwner: KpiGroup[];
  byChannel: KpiGroup[];
  acceptance: { accepted: number; rejected: number; rate: number | null; minimum: number | null };
  rejectionsByReason: FeedbackReport['rejectionsByReason'];
  objections: FeedbackReport['objections'];
  wonDeals: {
    dealId: string;
    externalId: string | null;
    name: string | null;
    amount: number;
    currency: string;
    closedAt: number;
    channel: string | null;
    ownerName: string | null;
  }[];
  openBreaches: { total: number; items: OpenBreach[] };
}

/**
 * Everything the 30-minute weekly meeting looks at, for one ISO week in the workspace
 * time zone: volumes against marketing's commitment, speed to lead and SLA by rep,
 * acceptance and rejection reasons, conversion by channel, deals won, the three biggest
 * changes against the previous four weeks (each measured as of its own end, so they are
 * equally mature), and the breaches still open when the week ended.
 *
 * @example await loadWeeklyReview(system.stores.kpis, { week: parseIsoWeek('2018-W10'), now, timeZone, playbook })
 */
export async function loadWeeklyReview(
  store: KpiStore,
  options: { week: IsoWeek; now: number; timeZone: string; playbook: Playbook },
): Promise<WeeklyReview> {
  const { week, now, timeZone, playbook } = options;
  const kpisOf = (w: IsoWeek, by?: KpiDimension) => {
    const period = periodOf(w.fromDate, w.toDate, timeZone);
    return loadKpis(store, kpiSettings({ period, asOf: Math.min(period.to, now), by }, playbook, timeZone));
  };
  const period = periodOf(week.fromDate, week.toDate, timeZone);
  const asOf = Math.min(period.to, now);
  const previousWeeks = Array.from({ length: BASELINE_WEEKS }, (_, i) =>
    weeksBefore(week, BASELINE_WEEKS - i),
  );
  const [current, previous, byOwner, byChannel, decisions, objections, openBreaches] = await Promise.all([
    kpisOf(week),
    Promise.all(previousWeeks.map(async (w) => ({ week: w.week, totals: (await kpisOf(w)).totals }))),
    kpisOf(week, 'owner'),
    kpisOf(week, 'channel'),
    store.decisionCounts(period),
    store.objectionCounts(period),
    store.openBreaches(asOf, BREACHES_LISTED),
  ]);
  const wonDeals: WeeklyReview['wonDeals'] = [];
  await forEachRow(
    (cursor) => store.closedDeals(period, cursor, KPI_PAGE_SIZE),
    (d) => {
      if (d.status === 'won') {
        const { dealId, externalId, name, currency, closedAt, channel } = d;
        const ownerName = d.dealOwner ?? d.ownerName;
        wonDeals.push({
          dealId,
          externalId,
          name,
          amount: d.amountCents / 100,
          currency,
          closedAt,
          channel,
          ownerName,
        });
      }
    },
  );
  const accepted = decisions.filter((d) => d.decision === 'accept').reduce((sum, d) => sum + d.count, 0);
  const rejected = decisions.filter((d) => d.decision === 'reject').reduce((sum, d) => sum + d.count, 0);
  return {
    ...week,
    timeZone,
    currency: current.currency,
    asOf,
    totals: current.totals,
    previousWeeks: previous,
    changes: biggestChanges(
      current.totals,
      previous.map((p) => p.totals),
      current.currency,
    ),
    byOwner: byOwner.groups,
    byChannel: byChannel.groups,
    acceptance: {
      accepted,
      rejected,
      rate: accepted + rejected === 0 ? null : accepted / (accepted + rejected),
      minimum: playbook.sla.marketing.minAcceptanceRate,
    },
    rejectionsByReason: decisionFeedback(decisions, playbook.rejectionReasons).rejectionsByReason,
    objections: mergeObjections(objections),
    wonDeals: wonDeals.sort((a, b) => b.amount - a.amount || a.closedAt - b.closedAt),
    openBreaches,
  };
}

/** The review as the API speaks: instants as ISO 8601. */
export function weeklyReviewJson(review: WeeklyReview) {
  const iso = (at: number) => new Date(at).toISOString();
  return {
    ...review,
    asOf: iso(review.asOf),
    // JSON has no infinity: a change from an average of zero is null.
    changes: review.changes.map((c) => ({
      ...c,
      relativeChange: Number.isFinite(c.relativeChange) ? c.relativeChange : null,
    })),
    wonDeals: review.wonDeals.map((d) => ({ ...d, closedAt: iso(d.closedAt) })),
    openBreaches: {
      total: review.openBreaches.total,
      items: review.openBreaches.items.map((b) => ({ ...b, dueAt: iso(b.dueAt) })),
    },
  };
}
