import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendar } from './business-calendar.ts';
import { type CalendarConfigInput, calendarSchema } from './calendar-schema.ts';

const calendarOf = (input: CalendarConfigInput = {}) => compileCalendar(calendarSchema.parse(input));
/** An instant given as São Paulo wall-clock time (UTC-3 all year since 2019). */
const sp = (local: string) => Date.parse(`${local}:00-03:00`);
const iso = (ms: number) => new Date(ms).toISOString();

const saoPaulo = calendarOf();

describe('addBusinessMinutes on the default São Paulo calendar', () => {
  it('makes an MQL at Friday 17:30 with a 60-minute first touch due Monday 08:30', () => {
    expect(saoPaulo.addBusinessMinutes(sp('2026-03-13T17:30'), 60)).toBe(sp('2026-03-16T08:30'));
  });

  it('counts from opening when the clock starts before 08:00', () => {
    expect(saoPaulo.addBusinessMinutes(sp('2026-03-10T07:00'), 60)).toBe(sp('2026-03-10T09:00'));
  });

  it('skips the weekend for a clock started on Saturday', () => {
    expect(saoPaulo.addBusinessMinutes(sp('2026-03-14T10:00'), 60)).toBe(sp('2026-03-16T09:00'));
  });

  it('ends at closing time, not the next morning, when the minutes run out exactly at 18:00', () => {
    expect(saoPaulo.addBusinessMinutes(sp('2026-03-13T17:30'), 30)).toBe(sp('2026-03-13T18:00'));
  });

  it('spans several days interval by interval', () => {
    // 5 working days of 10 hours from Monday 10:00: the next Monday 10:00.
    expect(saoPaulo.addBusinessMinutes(sp('2026-03-09T10:00'), 5 * 600)).toBe(sp('2026-03-16T10:00'));
  });

  it('goes back in business time for a negative amount', () => {
    expect(saoPaulo.addBusinessMinutes(sp('2026-03-16T08:10'), -15)).toBe(sp('2026-03-13T17:55'));
  });

  it('returns the start unchanged for zero minutes', () => {
    expect(saoPaulo.addBusinessMinutes(sp('2026-03-14T10:00'), 0)).toBe(sp('2026-03-14T10:00'));
  });

  it('refuses a minute count that is not a number', () => {
    expect(() => saoPaulo.addBusinessMinutes(sp('2026-03-14T10:00'), Number.NaN)).toThrow(RangeError);
  });
});

describe('Brazilian holidays', () => {
  it.each([
    ['Tiradentes (Tuesday)', '2026-04-21T10:00', '2026-04-22T09:00'],
    ['Good Friday', '2026-04-03T10:00', '2026-04-06T09:00'],
    ['Carnaval Monday, then Tuesday', '2026-02-16T10:00', '2026-02-18T09:00'],
    ['Carnaval Tuesday', '2026-02-17T16:00', '2026-02-18T09:00'],
    ['Corpus Christi', '2026-06-04T10:00', '2026-06-05T09:00'],
    ['Black Awareness Day, national since 2024', '2026-11-20T10:00', '2026-11-23T09:00'],
  ])('does not count %s', (_name, start, due) => {
    expect(iso(saoPaulo.addBusinessMinutes(sp(start), 60))).toBe(iso(sp(due)));
  });

  it('counts the hours before a holiday and resumes after it', () => {
    // Monday 2026-04-20 17:00 + 120 min: one hour on Monday, Tuesday is Tiradentes, one hour Wednesday.
    expect(saoPaulo.addBusinessMinutes(sp('2026-04-20T17:00'), 120)).toBe(sp('2026-04-22T09:00'));
  });

  it('reports whole-day holidays by local date', () => {
    expect(saoPaulo.isHoliday('2026-04-21')).toBe(true);
    expect(saoPaulo.isHoliday('2026-02-17')).toBe(true);
    expect(saoPaulo.isHoliday('2026-04-22')).toBe(false);
    expect(saoPaulo.isHoliday('2026-07-09')).toBe(false);
  });

  it('adds the state holidays of SP and keeps the national ones the SP data would drop', () => {
    const sampa = calendarOf({ holidays: { state: 'SP' } });
    expect(sampa.isHoliday('2026-07-09')).toBe(true);
    expect(sampa.isHoliday('2026-11-20')).toBe(true);
  });

  it('leaves Ash Wednesday morning as working time unless optional holidays are chosen', () => {
    expect(saoPaulo.isWorkingTime(sp('2026-02-18T09:00'))).toBe(true);
    const withOptional = calendarOf({ holidays: { types: ['public', 'bank', 'optional'] } });
    expect(withOptional.isWorkingTime(sp('2026-02-18T09:00'))).toBe(false);
    expect(withOptional.nextWorkingTime(sp('2026-02-18T09:00'))).toBe(sp('2026-02-18T14:00'));
    expect(withOptional.isHoliday('2026-02-18')).toBe(false);
  });

  it('closes the afternoon of Christmas Eve when optional holidays are chosen', () => {
    const withOptional = calendarOf({ holidays: { types: ['public', 'bank', 'optional'] } });
    // Thursday 24 Dec 13:30: 30 minutes until 14:00, Christmas Friday and the weekend off.
    expect(withOptional.addBusinessMinutes(sp('2026-12-24T13:30'), 60)).toBe(sp('2026-12-28T08:30'));
    expect(saoPaulo.addBusinessMinutes(sp('2026-12-24T13:30'), 60)).toBe(sp('2026-12-24T14:30'));
  });
});

describe('custom days off and working days', () => {
  it('skips an extra holiday', () => {
    const calendar = calendarOf({ extraHolidays: ['2026-03-16'] });
    expect(calendar.addBusinessMinutes(sp('2026-03-13T17:30'), 60)).toBe(sp('2026-03-17T08:30'));
    expect(calendar.isHoliday('2026-03-16')).toBe(true);
  });

  it('works a listed Saturday with the hours of the first open weekday', () => {
    const calendar = calendarOf({ workingDates: ['2026-03-14'] });
    expect(calendar.addBusinessMinutes(sp('2026-03-13T17:30'), 60)).toBe(sp('2026-03-14T08:30'));
  });

  it('works a national holiday listed as a working date', () => {
    const calendar = calendarOf({ workingDates: ['2026-04-21'] });
    expect(calendar.addBusinessMinutes(sp('2026-04-21T10:00'), 60)).toBe(sp('2026-04-21T11:00'));
    expect(calendar.isHoliday('2026-04-21')).toBe(false);
  });
});

describe('a calendar with a lunch break', () => {
  const lunch = [
    ['08:00', '12:00'],
    ['13:00', '18:00'],
  ] as [string, string][];
  const calendar = calendarOf({ hours: { mon: lunch, tue: lunch, wed: lunch, thu: lunch, fri: lunch } });

  it('pauses the clock over lunch', () => {
    expect(calendar.addBusinessMinutes(sp('2026-03-10T11:30'), 60)).toBe(sp('2026-03-10T13:30'));
  });

  it('does not count lunch as business time', () => {
    expect(calendar.businessMinutesBetween(sp('2026-03-10T08:00'), sp('2026-03-10T18:00'))).toBe(540);
    expect(calendar.isWorkingTime(sp('2026-03-10T12:30'))).toBe(false);
    expect(calendar.nextWorkingTime(sp('2026-03-10T12:30'))).toBe(sp('2026-03-10T13:00'));
  });

  it('goes back across lunch', () => {
    expect(calendar.addBusinessMinutes(sp('2026-03-10T13:10'), -20)).toBe(sp('2026-03-10T11:50'));
  });
});

describe('a time zone with daylight saving time (America/New_York)', () => {
  const newYork = calendarOf({ timeZone: 'America/New_York', holidays: { country: 'US' } });

  it('keeps 08:30 local on the Monday after clocks spring forward', () => {
    // Friday 2026-03-06 17:30 EST (UTC-5); Monday 2026-03-09 08:30 EDT (UTC-4).
    const due = newYork.addBusinessMinutes(Date.parse('2026-03-06T17:30:00-05:00'), 60);
    expect(iso(due)).toBe('2026-03-09T12:30:00.000Z');
  });

  it('counts 23 hours on the spring-forward Sunday and 25 on the fall-back Sunday', () => {
    const allWeek = calendarOf({
      timeZone: 'America/New_York',
      holidays: { country: 'US', types: ['public'] },
      hours: { sat: [['00:00', '24:00']], sun: [['00:00', '24:00']] },
    });
    const spring = allWeek.businessMinutesBetween(
      Date.parse('2026-03-08T00:00:00-05:00'),
      Date.parse('2026-03-09T00:00:00-04:00'),
    );
    const autumn = allWeek.businessMinutesBetween(
      Date.parse('2026-11-01T00:00:00-04:00'),
      Date.parse('2026-11-02T00:00:00-05:00'),
    );
    expect(spring).toBe(23 * 60);
    expect(autumn).toBe(25 * 60);
  });

  it('keeps the local time of day when business days cross the change', () => {
    const due = newYork.addBusinessDays(Date.parse('2026-03-06T10:00:00-05:00'), 1);
    expect(iso(due)).toBe('2026-03-09T14:00:00.000Z');
  });
});

describe('addBusinessDays', () => {
  it('lands at the same local time the given number of working days later', () => {
    expect(saoPaulo.addBusinessDays(sp('2026-03-09T10:00'), 3)).toBe(sp('2026-03-12T10:00'));
    expect(saoPaulo.addBusinessDays(sp('2026-03-13T10:00'), 1)).toBe(sp('2026-03-16T10:00'));
  });

  it('skips holidays when counting days', () => {
    expect(saoPaulo.addBusinessDays(sp('2026-04-20T10:00'), 1)).toBe(sp('2026-04-22T10:00'));
  });

  it('counts from the next working time when started outside hours', () => {
    // Saturday → Monday 08:00 → three working days later: Thursday 08:00.
    expect(saoPaulo.addBusinessDays(sp('2026-03-14T10:00'), 3)).toBe(sp('2026-03-19T08:00'));
    expect(saoPaulo.addBusinessDays(sp('2026-03-14T10:00'), 0)).toBe(sp('2026-03-16T08:00'));
  });

  it('clamps into a shorter day: 17:30 on Thursday is 17:00 on a Friday that closes at 17:00', () => {
    const calendar = calendarOf({ hours: { fri: [['08:00', '17:00']] } });
    expect(calendar.addBusinessDays(sp('2026-03-12T17:30'), 1)).toBe(sp('2026-03-13T17:00'));
  });

  it('refuses a negative or fractional day count', () => {
    expect(() => saoPaulo.addBusinessDays(sp('2026-03-09T10:00'), -1)).toThrow(RangeError);
    expect(() => saoPaulo.addBusinessDays(sp('2026-03-09T10:00'), 1.5)).toThrow(RangeError);
  });
});

describe('working time', () => {
  it('treats opening as working and closing as not', () => {
    expect(saoPaulo.isWorkingTime(sp('2026-03-13T08:00'))).toBe(true);
    expect(saoPaulo.isWorkingTime(sp('2026-03-13T18:00'))).toBe(false);
    expect(saoPaulo.nextWorkingTime(sp('2026-03-13T18:00'))).toBe(sp('2026-03-16T08:00'));
    expect(saoPaulo.nextWorkingTime(sp('2026-03-13T11:11'))).toBe(sp('2026-03-13T11:11'));
  });

  it('refuses a malformed local date', () => {
    expect(() => saoPaulo.isHoliday('21/04/2026')).toThrow(RangeError);
    expect(() => saoPaulo.workingIntervalsOn('2026-02-30')).toThrow(RangeError);
  });

  it('prepares a calendar once per config object', () => {
    const config = calendarSchema.parse({});
    expect(compileCalendar(config)).toBe(compileCalendar(config));
  });

  it('lists a day’s working intervals and local date', () => {
    expect(saoPaulo.workingIntervalsOn('2026-03-13')).toEqual([
      [sp('2026-03-13T08:00'), sp('2026-03-13T18:00')],
    ]);
    expect(saoPaulo.workingIntervalsOn('2026-03-14')).toEqual([]);
    // 01:30 UTC on the 14th is still the 13th in São Paulo.
    expect(saoPaulo.localDateOf(Date.parse('2026-03-14T01:30:00Z'))).toBe('2026-03-13');
  });
});

describe('businessMinutesBetween', () => {
  it('counts the business minutes over a weekend, negative when reversed', () => {
    expect(saoPaulo.businessMinutesBetween(sp('2026-03-13T17:30'), sp('2026-03-16T08:30'))).toBe(60);
    expect(saoPaulo.businessMinutesBetween(sp('2026-03-16T08:30'), sp('2026-03-13T17:30'))).toBe(-60);
  });

  it('counts half a year of business time without stepping minute by minute', () => {
    const start = sp('2026-01-05T09:00');
    const due = saoPaulo.addBusinessMinutes(start, 100_000);
    expect(saoPaulo.businessMinutesBetween(start, due)).toBe(100_000);
  });

  // Instants from 2025 to 2028, business amounts up to four weeks; three kinds of calendar.
  const instant = fc.integer({
    min: Date.parse('2025-01-01T00:00:00Z'),
    max: Date.parse('2028-01-01T00:00:00Z'),
  });
  const minutes = fc.integer({ min: 1, max: 4 * 5 * 600 });
  const lunchDay: [string, string][] = [
    ['08:00', '12:00'],
    ['13:30', '18:00'],
  ];
  const calendars = [
    ['São Paulo', saoPaulo],
    [
      'São Paulo state with a lunch break',
      calendarOf({ holidays: { state: 'SP' }, hours: { mon: lunchDay, wed: lunchDay } }),
    ],
    [
      'New York, with DST',
      calendarOf({
        timeZone: 'America/New_York',
        holidays: { country: 'US' },
        hours: { sat: [['10:00', '14:00']] },
      }),
    ],
  ] as const;

  it.each(calendars)('is the inverse of addBusinessMinutes (%s)', (_name, calendar) => {
    fc.assert(
      fc.property(instant, minutes, (start, amount) => {
        expect(calendar.businessMinutesBetween(start, calendar.addBusinessMinutes(start, amount))).toBe(
          amount,
        );
      }),
    );
  });

  it.each(calendars)(
    'undoes addBusinessMinutes with the negative amount, landing on the next working time (%s)',
    (_name, calendar) => {
      fc.assert(
        fc.property(instant, minutes, (start, amount) => {
          const back = calendar.addBusinessMinutes(calendar.addBusinessMinutes(start, amount), -amount);
          expect(back).toBe(calendar.nextWorkingTime(start));
        }),
      );
    },
  );

  it('adds back to a point of the same business time', () => {
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const reached = saoPaulo.addBusinessMinutes(from, saoPaulo.businessMinutesBetween(from, to));
        expect(saoPaulo.businessMinutesBetween(reached, to)).toBe(0);
      }),
      { numRuns: 50 },
    );
  });
});
