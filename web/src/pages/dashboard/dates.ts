/**
 * Local dates (`YYYY-MM-DD`) and ISO weeks for the pickers, in the workspace time zone.
 * Arithmetic is done on UTC midnights, so no DST change can shift a day.
 */

const MS_PER_DAY = 86_400_000;

const utc = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const isLocalDate = (text: string | null): text is string =>
  text !== null && /^\d{4}-\d{2}-\d{2}$/.test(text) && fromUtc(utc(text)) === text;

/** Today's local date in the time zone, e.g. `2026-03-02`. */
export function today(timeZone: string, now: number = Date.now()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export const addDays = (date: string, days: number): string => fromUtc(utc(date) + days * MS_PER_DAY);

/** The first day of the month `months` after the month of `date` (negative: before). */
export function monthStart(date: string, months = 0): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** 1 (Monday) to 7 (Sunday). */
const isoWeekday = (date: string): number => new Date(utc(date)).getUTCDay() || 7;

/** The ISO week (`2026-W10`) of a local date and its Monday. */
export function isoWeekOf(date: string): { week: string; monday: string } {
  const monday = addDays(date, 1 - isoWeekday(date));
  const thursday = addDays(monday, 3);
  const year = thursday.slice(0, 4);
  const number = Math.floor((utc(thursday) - utc(`${year}-01-01`)) / MS_PER_DAY / 7) + 1;
  return { week: `${year}-W${String(number).padStart(2, '0')}`, monday };
}

/** The Monday of an ISO week `YYYY-Www`, or null when it is not one. */
export function mondayOf(week: string): string | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) {
    return null;
  }
  const january4 = `${match[1]}-01-04`;
  const monday = addDays(addDays(january4, 1 - isoWeekday(january4)), (Number(match[2]) - 1) * 7);
  return isoWeekOf(monday).week === week ? monday : null;
}

/** A local date as people read it (`2 de mar. de 2026`, `Mar 2, 2026`), whatever the zone. */
export const formatLocalDate = (lang: string, date: string): string =>
  new Intl.DateTimeFormat(lang, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(
    utc(date),
  );

/** The ISO weeks that a period of local dates `[from, to)` touches, in order. */
export function weeksOf(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let monday = isoWeekOf(from).monday; monday < to; monday = addDays(monday, 7)) {
    weeks.push(isoWeekOf(monday).week);
  }
  return weeks;
}
