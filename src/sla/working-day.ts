import type { ZoneClock } from '../kernel/zone-clock.ts';
import type { CalendarConfig } from './calendar-schema.ts';
import type { Span } from './holiday-closures.ts';
import { addDays, minutesOfDay, WEEK_FROM_MONDAY, weekdayOf } from './local-date.ts';

/** One local day of the calendar: its working intervals as epoch-ms spans, in order. */
export interface WorkingDay {
  date: string;
  intervals: readonly Span[];
  /** A holiday or an extra day off closes the whole day (a partial holiday does not). */
  isHoliday: boolean;
}

/** What a day is built from, prepared once per calendar. */
export interface DaySources {
  config: CalendarConfig;
  clock: ZoneClock;
  holidaySpansInYear(year: number): readonly Span[];
  extraHolidays: ReadonlySet<string>;
  workingDates: ReadonlySet<string>;
}

/**
 * The working intervals of a local date: the weekday's hours, minus holidays; none on an
 * extra holiday; and on a listed working date, the weekday's hours or, for a weekday that
 * is normally closed (a Saturday that makes up a bridge), the first open weekday's hours.
 *
 * @example buildWorkingDay('2026-04-21', sources).intervals // [] (Tiradentes)
 */
export function buildWorkingDay(date: string, sources: DaySources): WorkingDay {
  const { config } = sources;
  const { toEpoch } = sources.clock;
  const weekdayHours = config.hours[weekdayOf(date)];
  const toSpans = (hours: readonly (readonly [string, string])[]): Span[] =>
    hours
      .map(([from, to]): Span => [toEpoch(date, 0, minutesOfDay(from)), toEpoch(date, 0, minutesOfDay(to))])
      // A working hour inside a DST gap has no instant; drop what collapsed.
      .filter(([start, end]) => end > start);

  if (sources.workingDates.has(date)) {
    const hours =
      weekdayHours.length > 0
        ? weekdayHours
        : (WEEK_FROM_MONDAY.map((day) => config.hours[day]).find((day) => day.length > 0) ?? []);
    return { date, intervals: toSpans(hours), isHoliday: false };
  }
  if (sources.extraHolidays.has(date)) {
    return { date, intervals: [], isHoliday: true };
  }
  const dayStart = toEpoch(date);
  const dayEnd = toEpoch(addDays(date, 1));
  const year = Number(date.slice(0, 4));
  // A holiday of late December may run into the first days of January (none runs a week).
  const years = date.slice(5) < '01-08' ? [year - 1, year] : [year];
  const closures = years
    .flatMap((one) => sources.holidaySpansInYear(one))
    .filter(([start, end]) => start < dayEnd && end > dayStart);
  return {
    date,
    intervals: subtractSpans(toSpans(weekdayHours), closures),
    isHoliday: coversSpan(closures, [dayStart, dayEnd]),
  };
}

/**
 * The parts of `spans` outside every span of `holes`.
 *
 * @example subtractSpans([[0, 10]], [[3, 5]]) // [[0, 3], [5, 10]]
 */
export function subtractSpans(spans: readonly Span[], holes: readonly Span[]): Span[] {
  let result: Span[] = [...spans];
  for (const [holeStart, holeEnd] of holes) {
    result = result.flatMap(([start, end]): Span[] => {
      if (holeEnd <= start || holeStart >= end) {
        return [[start, end]];
      }
      const parts: Span[] = [];
      if (holeStart > start) {
        parts.push([start, holeStart]);
      }
      if (holeEnd < end) {
        parts.push([holeEnd, end]);
      }
      return parts;
    });
  }
  return result;
}

function coversSpan(spans: readonly Span[], [start, end]: Span): boolean {
  let reached = start;
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (from > reached) {
      return false;
    }
    reached = Math.max(reached, to);
    if (reached >= end) {
      return true;
    }
  }
  return reached >= end;
}
