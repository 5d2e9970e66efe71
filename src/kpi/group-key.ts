import { isoWeekOf } from './iso-week.ts';
import type { Dimensions } from './kpi-facts.ts';
import { localDater, monthShares } from './local-dates.ts';

/** The groupings of `bastao kpis --by` (DESIGN.md's contract). */
export const KPI_DIMENSIONS = ['channel', 'campaign', 'owner', 'month'] as const;
/** Every grouping the KPIs compute: the API's `?by=` also takes the ISO week of the first MQL. */
export const KPI_GROUPINGS = [...KPI_DIMENSIONS, 'week'] as const;
export type KpiDimension = (typeof KPI_GROUPINGS)[number];

/** The groupings that are slices of time: monthly amounts are prorated into them. */
export type TimeDimension = Extract<KpiDimension, 'month' | 'week'>;

/**
 * How a row is keyed when grouping: the lead's first-touch channel or campaign, its owner,
 * or the local month (`YYYY-MM`) or ISO week (`YYYY-Www`) of its first `mql`. Null: the
 * value is missing (and every row, when not grouping).
 *
 * @example groupKeyer('week', 'America/Sao_Paulo')({ ...dims, firstMqlAt: Date.parse('2026-03-02T10:00:00-03:00') }) // '2026-W10'
 */
export function groupKeyer(by: KpiDimension | undefined, timeZone: string): (d: Dimensions) => string | null {
  const localDate = localDater(timeZone);
  const weeks = new Map<string, string>();
  const weekOf = (date: string): string => {
    let week = weeks.get(date);
    if (week === undefined) {
      week = isoWeekOf(date).week;
      weeks.set(date, week);
    }
    return week;
  };
  return (d) => {
    switch (by) {
      case undefined:
        return null;
      case 'channel':
        return d.channel;
      case 'campaign':
        return d.campaign;
      case 'owner':
        return d.ownerId;
      case 'month':
        return d.firstMqlAt === null ? null : localDate(d.firstMqlAt).slice(0, 7);
      case 'week':
        return d.firstMqlAt === null ? null : weekOf(localDate(d.firstMqlAt));
      default: {
        const unreachable: never = by;
        throw new Error(`unknown dimension ${String(unreachable)}`);
      }
    }
  };
}

/** The calendar days of one month that fall in one group of time and in the period. */
export interface PeriodSlice {
  /** The group: `YYYY-MM` or `YYYY-Www`. */
  key: string;
  month: string;
  days: number;
  daysInMonth: number;
}

/**
 * A period of local dates cut by month or by ISO week, and each piece again by month: the
 * weights that put a monthly cost or commitment into the groups. Weeks at the period's
 * edges hold only their days inside it; a week across two months has a slice of each.
 *
 * @example periodSlices('week', '2026-02-23', '2026-03-09') // 2026-W09 (7 of 28 days of February), 2026-W10 (7 of 31 of March)
 * @example periodSlices('week', '2026-03-30', '2026-04-02') // 2026-W14: 2 days of March, 1 of April
 */
export function periodSlices(by: TimeDimension, fromDate: string, toDate: string): PeriodSlice[] {
  if (by === 'month') {
    return monthShares(fromDate, toDate).map((share) => ({ key: share.month, ...share }));
  }
  const slices: PeriodSlice[] = [];
  for (let week = isoWeekOf(fromDate); week.fromDate < toDate; week = isoWeekOf(week.toDate)) {
    const start = week.fromDate > fromDate ? week.fromDate : fromDate;
    const end = week.toDate < toDate ? week.toDate : toDate;
    for (const share of monthShares(start, end)) {
      slices.push({ key: week.week, ...share });
    }
  }
  return slices;
}
