/**
 * Calendar arithmetic on local dates (`YYYY-MM-DD`), done in UTC so that no time zone
 * or DST change can shift a day. Times of day are minutes after local midnight.
 */

/** Weekday keys as the playbook writes them, indexed like `Date#getUTCDay` (0 = Sunday). */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The same keys in the order people read a week in Brazil: Monday first. */
export const WEEK_FROM_MONDAY: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const MS_PER_DAY = 86_400_000;

function utcMidnight(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/**
 * The local date `days` days after `date` (negative: before).
 *
 * @example addDays('2026-02-28', 1) // '2026-03-01'
 */
export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The weekday key of a local date.
 *
 * @example weekdayOf('2026-04-03') // 'fri'
 */
export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[new Date(utcMidnight(date)).getUTCDay()] as Weekday;
}

/**
 * Whether a `YYYY-MM-DD` string names a real day (not `2026-02-30`).
 *
 * @example isRealDate('2028-02-29') // true
 */
export function isRealDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && addDays(date, 0) === date;
}

/**
 * Minutes after midnight of an `HH:MM` time; `24:00` is 1440, the end of the day.
 *
 * @example minutesOfDay('08:30') // 510
 */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}
