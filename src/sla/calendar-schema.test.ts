import { describe, expect, it } from 'vitest';
import { calendarSchema } from './calendar-schema.ts';

const issuesOf = (input: unknown) =>
  (calendarSchema.safeParse(input).error?.issues ?? []).map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );

describe('calendarSchema', () => {
  it('gives a São Paulo calendar, Monday to Friday 08:00–18:00, for an empty section', () => {
    const calendar = calendarSchema.parse({});
    expect(calendar.timeZone).toBe('America/Sao_Paulo');
    expect(calendar.hours.mon).toEqual([['08:00', '18:00']]);
    expect(calendar.hours.fri).toEqual([['08:00', '18:00']]);
    expect(calendar.hours.sat).toEqual([]);
    expect(calendar.hours.sun).toEqual([]);
    expect(calendar.holidays).toEqual({ country: 'BR', types: ['public', 'bank'] });
    expect(calendar.extraHolidays).toEqual([]);
    expect(calendar.workingDates).toEqual([]);
  });

  it('keeps the default of the weekdays a playbook leaves out', () => {
    const calendar = calendarSchema.parse({ hours: { sat: [['09:00', '13:00']] } });
    expect(calendar.hours.sat).toEqual([['09:00', '13:00']]);
    expect(calendar.hours.tue).toEqual([['08:00', '18:00']]);
  });

  it('sorts a day’s intervals and accepts 24:00 as the end of the day', () => {
    const calendar = calendarSchema.parse({
      hours: {
        mon: [
          ['13:00', '24:00'],
          ['08:00', '12:00'],
        ],
      },
    });
    expect(calendar.hours.mon).toEqual([
      ['08:00', '12:00'],
      ['13:00', '24:00'],
    ]);
  });

  it('upper-cases country and state codes', () => {
    expect(calendarSchema.parse({ holidays: { country: 'br', state: 'rj' } }).holidays).toMatchObject({
      country: 'BR',
      state: 'RJ',
    });
  });

  it('reports each mistake at its path with a message a person can act on', () => {
    expect(
      issuesOf({
        timeZone: 'America/Sao_Paolo',
        hours: {
          tue: [['10:00', '09:00']],
          wed: [
            ['08:00', '12:00'],
            ['11:00', '13:00'],
          ],
          thu: [['8:00', '25:00']],
        },
        holidays: { state: 'XX' },
        extraHolidays: ['2026-02-30'],
      }),
    ).toEqual([
      'timeZone: unknown time zone "America/Sao_Paolo"; use an IANA name such as America/Sao_Paulo',
      'hours.tue.0: 10:00 must be before 09:00',
      'hours.wed: 11:00–13:00 overlaps 08:00–12:00',
      'hours.thu.0.0: must be a time HH:MM between 00:00 and 24:00, e.g. 08:30',
      'hours.thu.0.1: must be a time HH:MM between 00:00 and 24:00, e.g. 08:30',
      expect.stringMatching(/^holidays\.state: unknown state "XX" of BR; use one of AC, .*SP, TO$/),
      'extraHolidays.0: must be a date YYYY-MM-DD, e.g. 2026-01-25',
    ]);
  });

  it('refuses a country date-holidays does not know', () => {
    expect(issuesOf({ holidays: { country: 'ZZ' } })).toEqual(['holidays.country: unknown country "ZZ"']);
  });

  it('refuses a week without working hours, which would never let a clock end', () => {
    const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    expect(issuesOf({ hours: closed })).toEqual(['hours: at least one weekday must have working hours']);
  });

  it('refuses a date that is both a day off and a working day', () => {
    expect(issuesOf({ extraHolidays: ['2026-03-16'], workingDates: ['2026-03-16'] })).toEqual([
      'workingDates.0: 2026-03-16 is also listed in extraHolidays; keep it in one list',
    ]);
  });

  it('refuses unknown keys, so a typo is not silently ignored', () => {
    expect(issuesOf({ timezone: 'America/Sao_Paulo' })).toEqual([expect.stringContaining('timezone')]);
    expect(issuesOf({ hours: { monday: [] } })).toEqual([expect.stringContaining('monday')]);
  });
});
