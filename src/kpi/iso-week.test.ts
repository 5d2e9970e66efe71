import { describe, expect, it } from 'vitest';
import { isoWeekOf, parseIsoWeek, reviewWeek, weeksBefore } from './iso-week.ts';

describe('ISO weeks', () => {
  it('runs Monday to Sunday and belongs to the year of its Thursday', () => {
    expect(isoWeekOf('2018-03-07')).toEqual({
      week: '2018-W10',
      fromDate: '2018-03-05',
      toDate: '2018-03-12',
    });
    expect(isoWeekOf('2018-03-11').week).toBe('2018-W10'); // Sunday
    expect(isoWeekOf('2018-12-31').week).toBe('2019-W01');
    expect(isoWeekOf('2021-01-03').week).toBe('2020-W53');
    expect(isoWeekOf('2017-01-01').week).toBe('2016-W52');
  });

  it('parses YYYY-Www, with week 53 only in long years', () => {
    expect(parseIsoWeek('2018-W01')).toEqual({
      week: '2018-W01',
      fromDate: '2018-01-01',
      toDate: '2018-01-08',
    });
    expect(parseIsoWeek('2020-W53')?.fromDate).toBe('2020-12-28');
    for (const bad of ['2018-W53', '2018-W00', '2018-W5', '2018W10', '2018-10']) {
      expect(parseIsoWeek(bad), bad).toBeNull();
    }
  });

  it('steps back whole weeks across years', () => {
    expect(weeksBefore(isoWeekOf('2018-01-08'), 4).week).toBe('2017-W50');
  });
});

describe('the week a review is about', () => {
  it('defaults to the last complete week in the time zone', () => {
    // Monday 12 March 2018, 00:30 in São Paulo: the week before is W10.
    const monday = Date.parse('2018-03-12T00:30:00-03:00');
    expect(reviewWeek(undefined, monday, 'America/Sao_Paulo')).toEqual({
      ok: true,
      week: isoWeekOf('2018-03-05'),
    });
    // The same instant is still Sunday the 11th in Manaus (−04:00): the last complete week is W09.
    expect(reviewWeek(undefined, monday, 'America/Manaus')).toEqual({
      ok: true,
      week: isoWeekOf('2018-02-26'),
    });
  });

  it('refuses a week that is not YYYY-Www', () => {
    expect(reviewWeek('2018-10', 0, 'UTC')).toEqual({
      ok: false,
      message: 'week must be an ISO week YYYY-Www (e.g. 2018-W10), not "2018-10".',
    });
  });
});
