import { zoneClock } from '../kernel/zone-clock.ts';
import type { CalendarConfig } from './calendar-schema.ts';
import { holidayClosures, type Span } from './holiday-closures.ts';
import { addDays, isRealDate } from './local-date.ts';
import { buildWorkingDay, type DaySources, type WorkingDay } from './working-day.ts';

/**
 * Time that counts for SLAs: working hours in one time zone, minus holidays. All
 * instants are epoch ms; business time is in minutes (fractions allowed).
 */
export interface BusinessCalendar {
  readonly timeZone: string;
  /** The instant when `minutes` of business time have passed since `start`; negative goes back. */
  addBusinessMinutes(start: number, minutes: number): number;
  /** Business minutes in `[from, to)`; negative when `to` is before `from`. */
  businessMinutesBetween(from: number, to: number): number;
  /** The same local time `days` working days later, counted from the next working time, clamped into working hours. */
  addBusinessDays(start: number, days: number): number;
  isWorkingTime(at: number): boolean;
  /** `at` itself during working hours, else the start of the next working interval. */
  nextWorkingTime(at: number): number;
  /** Whether a local date (`YYYY-MM-DD`) is a whole day off (a holiday or an extra holiday). */
  isHoliday(localDate: string): boolean;
  /** The working intervals of a local date, in order. */
  workingIntervalsOn(localDate: string): readonly Span[];
  /** The local date of an instant in the calendar's time zone. */
  localDateOf(at: number): string;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** A calendar with no working time for ten years is broken; stop rather than loop forever. */
const MAX_SCAN_DAYS = 3_660;
/** Days kept in memory per calendar (a day is a few spans); past this the cache restarts. */
const MAX_CACHED_DAYS = 8_192;

// A playbook's calendar is an immutable value used for every lead: prepare it once.
const compiled = new WeakMap<CalendarConfig, BusinessCalendar>();

/**
 * Prepares a business calendar from the playbook's `calendar` section, once per config
 * object. Days are built on first use and cached, and arithmetic walks working interval
 * by interval, never minute by minute.
 *
 * @example
 * const calendar = compileCalendar(calendarSchema.parse({}));
 * calendar.addBusinessMinutes(Date.parse('2026-03-13T17:30:00-03:00'), 60); // Monday 2026-03-16 08:30 -03:00
 */
export function compileCalendar(config: CalendarConfig): BusinessCalendar {
  const cached = compiled.get(config);
  if (cached) {
    return cached;
  }
  const calendar = buildCalendar(config);
  compiled.set(config, calendar);
  return calendar;
}

function buildCalendar(config: CalendarConfig): BusinessCalendar {
  const zone = config.timeZone;
  const clock = zoneClock(zone);
  const closures = holidayClosures(config);
  const sources: DaySources = {
    config,
    clock,
    holidaySpansInYear: (year) => closures.inYear(year),
    extraHolidays: new Set(config.extraHolidays),
    workingDates: new Set(config.workingDates),
  };
  const days = new Map<string, WorkingDay>();
  const day = (date: string): WorkingDay => {
    let built = days.get(date);
    if (!built) {
      if (days.size >= MAX_CACHED_DAYS) {
        days.clear();
      }
      built = buildWorkingDay(date, sources);
      days.set(date, built);
    }
    return built;
  };
  const intervalsOn = (date: string) => day(date).intervals;
  const dateOf = (at: number) => clock.localDateOf(at);

  /** Calls `visit` on each working interval from `at`'s day on (or back), until it returns a value. */
  function scan<T>(at: number, step: 1 | -1, visit: (span: Span) => T | undefined): T {
    let date = dateOf(at);
    for (let i = 0; i < MAX_SCAN_DAYS; i++, date = addDays(date, step)) {
      const intervals = step === 1 ? intervalsOn(date) : [...intervalsOn(date)].reverse();
      for (const span of intervals) {
        const found = visit(span);
        if (found !== undefined) {
          return found;
        }
      }
    }
    throw new Error(
      `the calendar has no working time within ${MAX_SCAN_DAYS} days of ${new Date(at).toISOString()}`,
    );
  }

  function addBusinessMinutes(start: number, minutes: number): number {
    assertFinite(start, 'start');
    assertFinite(minutes, 'minutes');
    let remaining = Math.round(Math.abs(minutes) * MS_PER_MINUTE);
    if (remaining === 0) {
      return start;
    }
    if (minutes > 0) {
      return scan(start, 1, ([from, to]) => {
        if (to <= start) {
          return undefined;
        }
        const available = to - Math.max(from, start);
        if (remaining <= available) {
          return Math.max(from, start) + remaining;
        }
        remaining -= available;
        return undefined;
      });
    }
    return scan(start, -1, ([from, to]) => {
      if (from >= start) {
        return undefined;
      }
      const available = Math.min(to, start) - from;
      if (remaining <= available) {
        return Math.min(to, start) - remaining;
      }
      remaining -= available;
      return undefined;
    });
  }

  function businessMinutesBetween(from: number, to: number): number {
    assertFinite(from, 'from');
    assertFinite(to, 'to');
    if (to < from) {
      // `0 -` rather than unary minus: no `-0` when the span holds no business time.
      return 0 - businessMinutesBetween(to, from);
    }
    let total = 0;
    const last = dateOf(to);
    for (let date = dateOf(from); date <= last; date = addDays(date, 1)) {
      for (const [start, end] of intervalsOn(date)) {
        total += Math.max(0, Math.min(end, to) - Math.max(start, from));
      }
    }
    return total / MS_PER_MINUTE;
  }

  function nextWorkingTime(at: number): number {
    assertFinite(at, 'at');
    return scan(at, 1, ([from, to]) => (to > at ? Math.max(from, at) : undefined));
  }

  function addBusinessDays(start: number, count: number): number {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`days must be a whole number of 0 or more, got ${count}`);
    }
    const from = nextWorkingTime(start);
    let date = dateOf(from);
    for (let counted = 0, i = 0; counted < count; i++) {
      if (i > MAX_SCAN_DAYS) {
        throw new Error(`the calendar has no ${count} working days within ${MAX_SCAN_DAYS} days`);
      }
      date = addDays(date, 1);
      counted += intervalsOn(date).length > 0 ? 1 : 0;
    }
    // The wall-clock time of day of `from`, so that a DST change in between keeps 10:00 at 10:00.
    const msOfDay = mod(from + clock.offsetMinutesAt(from) * MS_PER_MINUTE, MS_PER_DAY);
    const target = clock.toEpoch(date, 0, Math.floor(msOfDay / MS_PER_MINUTE)) + (msOfDay % MS_PER_MINUTE);
    const intervals = intervalsOn(date);
    for (const [open, close] of intervals) {
      if (target < close) {
        return Math.max(open, target);
      }
    }
    // After closing on a shorter day: the end of that day's work.
    return intervals.at(-1)?.[1] ?? target;
  }

  return {
    timeZone: zone,
    addBusinessMinutes,
    businessMinutesBetween,
    addBusinessDays,
    nextWorkingTime,
    isWorkingTime: (at) => intervalsOn(dateOf(at)).some(([from, to]) => at >= from && at < to),
    isHoliday: (localDate) => day(checkDate(localDate)).isHoliday,
    workingIntervalsOn: (localDate) => intervalsOn(checkDate(localDate)),
    localDateOf: dateOf,
  };
}

function checkDate(date: string): string {
  if (!isRealDate(date)) {
    throw new RangeError(`not a local date YYYY-MM-DD: ${JSON.stringify(date)}`);
  }
  return date;
}

function assertFinite(value: number, name: string): void {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number, got ${value}`);
  }
}

const mod = (n: number, m: number): number => ((n % m) + m) % m;
