import { useSearchParams } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { addDays, isLocalDate, monthStart, today } from './dates.ts';

export const PRESETS = [
  'this-month',
  'last-month',
  'last-90-days',
  'this-quarter',
  'this-year',
  'custom',
] as const;
export type Preset = (typeof PRESETS)[number];

/** A period of local dates, `to` exclusive as the API takes it. */
export interface Period {
  from: string;
  to: string;
}

/**
 * The dates of a preset on `day` (a local date). Periods run to the end of the month,
 * quarter or year: days still to come simply count nothing yet.
 */
export function presetPeriod(preset: Exclude<Preset, 'custom'>, day: string): Period {
  switch (preset) {
    case 'this-month':
      return { from: monthStart(day), to: monthStart(day, 1) };
    case 'last-month':
      return { from: monthStart(day, -1), to: monthStart(day) };
    case 'last-90-days':
      return { from: addDays(day, -89), to: addDays(day, 1) };
    case 'this-quarter': {
      const monthsIntoQuarter = (Number(day.slice(5, 7)) - 1) % 3;
      return { from: monthStart(day, -monthsIntoQuarter), to: monthStart(day, 3 - monthsIntoQuarter) };
    }
    case 'this-year':
      return { from: `${day.slice(0, 4)}-01-01`, to: `${Number(day.slice(0, 4)) + 1}-01-01` };
    default: {
      const unreachable: never = preset;
      throw new Error(`unknown preset ${String(unreachable)}`);
    }
  }
}

/**
 * The period of the report pages, kept in the URL (`?period=last-month`, or
 * `?period=custom&from=2026-01-01&to=2026-02-01`) so that a link shows the same numbers.
 * Default: this month in the workspace time zone.
 */
export function usePeriod(): Period & { preset: Preset; setPeriod(preset: Preset, custom?: Period): void } {
  const [params, setParams] = useSearchParams();
  const { timeZone } = useFormat();
  const day = today(timeZone);
  const asked = params.get('period');
  const preset: Preset = (PRESETS as readonly string[]).includes(asked ?? '')
    ? (asked as Preset)
    : 'this-month';
  const from = params.get('from');
  const to = params.get('to');
  const period =
    preset !== 'custom'
      ? presetPeriod(preset, day)
      : isLocalDate(from) && isLocalDate(to) && from < to
        ? { from, to }
        : presetPeriod('this-month', day);
  const setPeriod = (next: Preset, custom?: Period) => {
    setParams((previous) => {
      const updated = new URLSearchParams(previous);
      updated.set('period', next);
      updated.delete('from');
      updated.delete('to');
      if (next === 'custom') {
        const range = custom ?? period;
        updated.set('from', range.from);
        updated.set('to', range.to);
      }
      return updated;
    });
  };
  return { ...period, preset, setPeriod };
}
