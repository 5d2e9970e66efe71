import { localDateOf } from '../kernel/zoned-time.ts';
import { addDays } from '../sla/local-date.ts';

/** An ISO 8601 week: Monday to Sunday, as local dates `[fromDate, toDate)`. */
export interface IsoWeek {
  /** `2018-W10`. */
  week: string;
  /** The Monday. */
  fromDate: string;
  /** The next Monday (exclusive). */
  toDate: string;
}

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

/** 1 (Monday) to 7 (Sunday). */
const isoWeekday = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
};

/**
 * The ISO week of a local date: the week belongs to the year of its Thursday.
 *
 * @example isoWeekOf('2018-12-31') // { week: '2019-W01', fromDate: '2018-12-31', toDate: '2019-01-07' }
 */
export function isoWeekOf(date: string): IsoWeek {
  const fromDate = addDays(date, 1 - isoWeekday(date));
  const thursday = addDays(fromDate, 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor((dayOfYear(thursday) - 1) / 7) + 1;
  return { week: `${year}-W${String(week).padStart(2, '0')}`, fromDate, toDate: addDays(fromDate, 7) };
}

function dayOfYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
}

/**
 * A week typed as `YYYY-Www`, or null when it is not one (week 53 exists only in long years).
 *
 * @example parseIsoWeek('2018-W10') // { week: '2018-W10', fromDate: '2018-03-05', toDate: '2018-03-12' }
 * @example parseIsoWeek('2018-W53') // null
 */
export function parseIsoWeek(text: string): IsoWeek | null {
  const match = ISO_WEEK.exec(text);
  if (!match) {
    return null;
  }
  const [, year, week] = match as unknown as [string, string, string];
  const january4 = `${year}-01-04`;
  const monday = addDays(addDays(january4, 1 - isoWeekday(january4)), (Number(week) - 1) * 7);
  const found = isoWeekOf(monday);
  return Number(week) >= 1 && found.week === text ? found : null;
}

/** The week `n` weeks before (negative: after). */
export const weeksBefore = (week: IsoWeek, n: number): IsoWeek => isoWeekOf(addDays(week.fromDate, -7 * n));

/**
 * The week a weekly review is about: the one typed (`YYYY-Www`), or by default the last
 * complete week in the time zone (the meeting on Monday reviews the week before).
 *
 * @example reviewWeek(undefined, Date.parse('2018-03-12T09:00:00-03:00'), 'America/Sao_Paulo') // { ok: true, week: { week: '2018-W10', … } }
 */
export function reviewWeek(
  text: string | undefined,
  now: number,
  timeZone: string,
): { ok: true; week: IsoWeek } | { ok: false; message: string } {
  if (text === undefined) {
    return { ok: true, week: weeksBefore(isoWeekOf(localDateOf(now, timeZone)), 1) };
  }
  const week = parseIsoWeek(text);
  return week
    ? { ok: true, week }
    : { ok: false, message: `week must be an ISO week YYYY-Www (e.g. 2018-W10), not "${text}".` };
}
