import type { BusinessCalendar } from '../../sla/business-calendar.ts';

const MS_PER_MINUTE = 60_000;
/** A calendar open around the clock would join intervals forever; a week is plenty for a countdown. */
const MAX_JOINED_INTERVALS = 14;

/**
 * Wall-clock minutes from `now` during which business time keeps passing without a
 * break: to the end of the working interval `now` falls in, joined with any interval
 * that starts exactly where it ends (a day open until 24:00 and the next from 00:00).
 * 0 outside working hours. A countdown in business time may subtract elapsed wall time
 * up to this much and must then hold still until it asks the server again.
 *
 * @example businessTimeRunsFor(calendar, Date.parse('2026-03-02T17:30:00-03:00')) // 30 (closes at 18:00)
 * @example businessTimeRunsFor(calendar, Date.parse('2026-03-02T19:00:00-03:00')) // 0
 */
export function businessTimeRunsFor(calendar: BusinessCalendar, now: number): number {
  let end = now;
  for (let joined = 0; joined < MAX_JOINED_INTERVALS; joined++) {
    const at = end;
    const span = calendar
      .workingIntervalsOn(calendar.localDateOf(at))
      .find(([from, to]) => at >= from && at < to);
    if (!span) {
      break;
    }
    end = span[1];
  }
  return (end - now) / MS_PER_MINUTE;
}
