import Holidays from 'date-holidays';
import type { CalendarConfig } from './calendar-schema.ts';

/** A span of time off, `[start, end)` in epoch ms. */
export type Span = readonly [start: number, end: number];

/**
 * The holidays of the calendar's country (and state) as spans of time off, computed
 * once per year on first use. Most are whole local days; a few `optional` ones are
 * partial (24 December from 14:00, Ash Wednesday until 14:00).
 *
 * The national and the state holidays are merged rather than taken from the state alone:
 * in Brazil a state adds days off but cannot remove a national one, while the
 * `date-holidays` data for SP drops the national 20 November (a national holiday since
 * 2024) through a state rule that was active only in 2023.
 *
 * @example holidayClosures(config).inYear(2026) // [[Jan 1 03:00Z, Jan 2 03:00Z], …]
 */
export function holidayClosures(config: CalendarConfig): { inYear(year: number): readonly Span[] } {
  const { country, state, types } = config.holidays;
  // `timezone` makes `start`/`end` the local midnights of the calendar's zone, DST included.
  const options = { timezone: config.timeZone };
  const sources = [new Holidays(country, options)];
  if (state !== undefined) {
    sources.push(new Holidays(country, state, options));
  }
  const wanted = new Set<string>(types);
  const byYear = new Map<number, readonly Span[]>();
  return {
    inYear(year) {
      const cached = byYear.get(year);
      if (cached) {
        return cached;
      }
      const seen = new Set<string>();
      const spans: Span[] = [];
      for (const source of sources) {
        for (const holiday of source.getHolidays(year)) {
          const span: Span = [holiday.start.getTime(), holiday.end.getTime()];
          const key = `${span[0]}-${span[1]}`;
          if (wanted.has(holiday.type) && !seen.has(key)) {
            seen.add(key);
            spans.push(span);
          }
        }
      }
      spans.sort((a, b) => a[0] - b[0]);
      byYear.set(year, spans);
      return spans;
    },
  };
}
