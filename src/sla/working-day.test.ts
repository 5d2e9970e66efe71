import { describe, expect, it } from 'vitest';
import { zoneClock } from '../kernel/zone-clock.ts';
import { calendarSchema } from './calendar-schema.ts';
import type { Span } from './holiday-closures.ts';
import { buildWorkingDay, type DaySources, subtractSpans } from './working-day.ts';

const sp = (local: string) => Date.parse(`${local}:00-03:00`);

const sourcesWith = (holidays: Span[], extra: string[] = [], working: string[] = []): DaySources => ({
  config: calendarSchema.parse({ extraHolidays: extra, workingDates: working }),
  clock: zoneClock('America/Sao_Paulo'),
  holidaySpansInYear: (year) => (year === 2026 ? holidays : []),
  extraHolidays: new Set(extra),
  workingDates: new Set(working),
});

describe('subtractSpans', () => {
  it('cuts holes out of spans, splitting where a hole falls inside', () => {
    expect(subtractSpans([[0, 10]], [[3, 5]])).toEqual([
      [0, 3],
      [5, 10],
    ]);
    expect(subtractSpans([[0, 10]], [[-5, 4]])).toEqual([[4, 10]]);
    expect(subtractSpans([[0, 10]], [[0, 10]])).toEqual([]);
    expect(subtractSpans([[0, 10]], [[10, 20]])).toEqual([[0, 10]]);
  });
});

describe('buildWorkingDay', () => {
  it('gives a weekday its hours and a weekend nothing', () => {
    const sources = sourcesWith([]);
    expect(buildWorkingDay('2026-03-13', sources)).toEqual({
      date: '2026-03-13',
      intervals: [[sp('2026-03-13T08:00'), sp('2026-03-13T18:00')]],
      isHoliday: false,
    });
    expect(buildWorkingDay('2026-03-14', sources).intervals).toEqual([]);
  });

  it('marks a day fully covered by a holiday, and only shortens a partly covered one', () => {
    const fullDay: Span = [sp('2026-04-21T00:00'), sp('2026-04-22T00:00')];
    const afternoon: Span = [sp('2026-12-24T14:00'), sp('2026-12-25T00:00')];
    const sources = sourcesWith([fullDay, afternoon]);
    expect(buildWorkingDay('2026-04-21', sources)).toMatchObject({ intervals: [], isHoliday: true });
    expect(buildWorkingDay('2026-12-24', sources)).toMatchObject({
      intervals: [[sp('2026-12-24T08:00'), sp('2026-12-24T14:00')]],
      isHoliday: false,
    });
  });

  it('lets a working date win over a holiday, and an extra holiday close a weekday', () => {
    const fullDay: Span = [sp('2026-04-21T00:00'), sp('2026-04-22T00:00')];
    const sources = sourcesWith([fullDay], ['2026-04-22'], ['2026-04-21']);
    expect(buildWorkingDay('2026-04-21', sources).intervals).toEqual([
      [sp('2026-04-21T08:00'), sp('2026-04-21T18:00')],
    ]);
    expect(buildWorkingDay('2026-04-22', sources)).toMatchObject({ intervals: [], isHoliday: true });
  });
});
