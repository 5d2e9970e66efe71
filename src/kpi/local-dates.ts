import { zoneClock } from '../kernel/zone-clock.ts';
import type { Period } from './kpi-facts.ts';

const MS_PER_DAY = 86_400_000;

const utcMidnight = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

/**
 * A period of local dates, `[fromDate, toDate)`, with the instants of their local
 * midnights in the time zone (DST-aware: Brazil had DST until 2019).
 *
 * @example periodOf('2018-01-01', '2018-02-01', 'America/Sao_Paulo').from // Date.parse('2018-01-01T00:00:00-02:00')
 */
export function periodOf(fromDate: string, toDate: string, timeZone: string): Period {
  return { fromDate, toDate, from: startOfDay(fromDate, timeZone), to: startOfDay(toDate, timeZone) };
}

/**
 * The first instant of a local date. Where DST begins at midnight (Brazil until 2019) the
 * clock jumps from 23:59 to 01:00: the day starts at that jump, not at the instant
 * `toEpoch` gives for the missing 00:00 (23:00 of the day before).
 *
 * @example startOfDay('2017-10-15', 'America/Sao_Paulo') // Date.parse('2017-10-15T01:00:00-02:00')
 */
export function startOfDay(date: string, timeZone: string): number {
  const clock = zoneClock(timeZone);
  const guess = clock.toEpoch(date);
  if (clock.localDateOf(guess) >= date) {
    return guess;
  }
  const msIntoDay =
    (((guess + clock.offsetMinutesAt(guess) * 60_000) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  return guess + MS_PER_DAY - msIntoDay;
}

/**
 * Whole calendar days from one local date to another (negative when `to` is earlier).
 *
 * @example daysBetween('2018-02-26', '2018-03-01') // 3
 */
export const daysBetween = (from: string, to: string): number =>
  Math.round((utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY);

/** `2018-03` → `2018-04`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Calendar days in a month `YYYY-MM` (28–31). */
export const daysInMonth = (month: string): number => daysBetween(`${month}-01`, `${nextMonth(month)}-01`);

/** One month's part of a period: how many of its days fall inside. */
export interface MonthShare {
  month: string;
  days: number;
  daysInMonth: number;
}

/**
 * The months a period of local dates touches, with the calendar days of each inside it:
 * the weights that prorate a monthly cost or commitment.
 *
 * @example monthShares('2018-01-29', '2018-02-05') // [{ month: '2018-01', days: 3, daysInMonth: 31 }, { month: '2018-02', days: 4, daysInMonth: 28 }]
 */
export function monthShares(fromDate: string, toDate: string): MonthShare[] {
  const shares: MonthShare[] = [];
  for (let month = fromDate.slice(0, 7); `${month}-01` < toDate; month = nextMonth(month)) {
    const start = `${month}-01` > fromDate ? `${month}-01` : fromDate;
    const end = `${nextMonth(month)}-01` < toDate ? `${nextMonth(month)}-01` : toDate;
    shares.push({ month, days: daysBetween(start, end), daysInMonth: daysInMonth(month) });
  }
  return shares;
}

/**
 * Offsets change on a quarter-hour boundary in every real time zone (DST, Lord Howe's 30
 * minutes), so local midnights fall on quarter hours too: within one quarter of an hour
 * (UTC) the local date cannot change.
 */
const QUARTER_HOUR = 900_000;
const MAX_CACHED_QUARTERS = 100_000;

/**
 * `localDateOf` for many instants: one Intl lookup per quarter of an hour (about 10 µs
 * each), then a map lookup. For the KPIs' loop over a million leads.
 *
 * @example localDater('America/Sao_Paulo')(Date.parse('2018-02-18T01:30:00Z')) // '2018-02-17' (−02:00 then)
 */
export function localDater(timeZone: string): (at: number) => string {
  const clock = zoneClock(timeZone);
  const dates = new Map<number, string>();
  return (at) => {
    const quarter = Math.floor(at / QUARTER_HOUR);
    let date = dates.get(quarter);
    if (date === undefined) {
      if (dates.size >= MAX_CACHED_QUARTERS) {
        dates.clear();
      }
      date = clock.localDateOf(quarter * QUARTER_HOUR);
      dates.set(quarter, date);
    }
    return date;
  };
}
