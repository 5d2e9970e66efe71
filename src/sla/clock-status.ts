import type { BusinessCalendar } from './business-calendar.ts';

/** The stored state of a clock: epoch ms, null while the event has not happened. */
export interface ClockState {
  dueAt: number;
  warnAt: number | null;
  metAt: number | null;
  breachedAt: number | null;
}

export type ClockStatus = 'met' | 'breached' | 'warning' | 'running';

/**
 * Where a clock stands at `now`. A met clock stays `met` even if it was met late (see
 * `isMetInTime`). A clock past due is `breached` even before the sweep has stamped
 * `breachedAt`, so the UI never shows a late clock as running.
 *
 * @example clockStatus({ dueAt: 1_000, warnAt: 800, metAt: null, breachedAt: null }, 900) // 'warning'
 */
export function clockStatus(clock: ClockState, now: number): ClockStatus {
  if (clock.metAt !== null) {
    return 'met';
  }
  if (clock.breachedAt !== null || now >= clock.dueAt) {
    return 'breached';
  }
  if (clock.warnAt !== null && now >= clock.warnAt) {
    return 'warning';
  }
  return 'running';
}

/**
 * Whether a clock was met by its due time (met exactly at `dueAt` counts as in time).
 *
 * @example isMetInTime({ dueAt: 1_000, metAt: 1_000 }) // true
 */
export function isMetInTime(clock: Pick<ClockState, 'dueAt' | 'metAt'>): boolean {
  return clock.metAt !== null && clock.metAt <= clock.dueAt;
}

/**
 * Business minutes left until the due time, for the UI's countdown: negative when
 * overdue; frozen at `metAt` once the clock is met (positive: met with time to spare).
 *
 * @example businessTimeLeft(calendar, { dueAt: mon0830, metAt: null }, fri1730) // 60
 */
export function businessTimeLeft(
  calendar: BusinessCalendar,
  clock: Pick<ClockState, 'dueAt' | 'metAt'>,
  now: number,
): number {
  return calendar.businessMinutesBetween(clock.metAt ?? now, clock.dueAt);
}

/**
 * The next thing the sweep must do for a clock, and when: warn the owner (once, before
 * due), then breach at due; null once the clock is met or breached. The sweep acts when
 * `at <= now` and otherwise may sleep until the earliest `at`. A clock found past due
 * before it was warned is breached without a warning.
 *
 * @example pendingClockEvent({ dueAt: 1_000, warnAt: 800, warnedAt: null, metAt: null, breachedAt: null }, 900) // { type: 'warning', at: 800 }
 */
export function pendingClockEvent(
  clock: ClockState & { warnedAt: number | null },
  now: number,
): { type: 'warning' | 'breach'; at: number } | null {
  if (clock.metAt !== null || clock.breachedAt !== null) {
    return null;
  }
  if (clock.warnAt !== null && clock.warnedAt === null && now < clock.dueAt) {
    return { type: 'warning', at: clock.warnAt };
  }
  return { type: 'breach', at: clock.dueAt };
}
