import { describe, expect, it } from 'vitest';
import { localDateOf } from '../kernel/zoned-time.ts';
import { daysBetween, daysInMonth, localDater, monthShares, nextMonth, periodOf } from './local-dates.ts';

describe('local calendar arithmetic', () => {
  it('counts whole calendar days between local dates, across months and leap days', () => {
    expect(daysBetween('2018-02-26', '2018-03-01')).toBe(3);
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(daysBetween('2018-03-02', '2018-03-01')).toBe(-1);
  });

  it('knows month lengths and the next month', () => {
    expect([daysInMonth('2018-02'), daysInMonth('2020-02'), daysInMonth('2018-12')]).toEqual([28, 29, 31]);
    expect(nextMonth('2018-12')).toBe('2019-01');
  });

  it('splits a period into the days of each month inside it', () => {
    expect(monthShares('2018-01-29', '2018-02-05')).toEqual([
      { month: '2018-01', days: 3, daysInMonth: 31 },
      { month: '2018-02', days: 4, daysInMonth: 28 },
    ]);
    expect(monthShares('2018-03-01', '2018-04-01')).toEqual([
      { month: '2018-03', days: 31, daysInMonth: 31 },
    ]);
  });

  it('starts a period at local midnight with the offset of that date (DST in 2018, none in 2026)', () => {
    const summer = periodOf('2018-01-01', '2018-03-01', 'America/Sao_Paulo');
    expect(summer.from).toBe(Date.parse('2018-01-01T00:00:00-02:00'));
    expect(summer.to).toBe(Date.parse('2018-03-01T00:00:00-03:00'));
    // DST began at midnight on 2017-10-15: that day starts at 01:00 (-02:00).
    expect(periodOf('2017-10-15', '2017-10-16', 'America/Sao_Paulo').from).toBe(
      Date.parse('2017-10-15T01:00:00-02:00'),
    );
  });

  it('gives the same local dates as Intl, around DST changes, from a cached offset', () => {
    const dateOf = localDater('America/Sao_Paulo');
    const start = Date.parse('2017-10-14T00:00:00Z');
    for (let at = start; at < start + 3 * 86_400_000; at += 7 * 60_000) {
      expect(dateOf(at)).toBe(localDateOf(at, 'America/Sao_Paulo'));
    }
    const end = Date.parse('2018-02-16T00:00:00Z');
    for (let at = end; at < end + 3 * 86_400_000; at += 7 * 60_000) {
      expect(dateOf(at)).toBe(localDateOf(at, 'America/Sao_Paulo'));
    }
    expect(localDater('Australia/Lord_Howe')(Date.parse('2018-04-01T15:20:00Z'))).toBe(
      localDateOf(Date.parse('2018-04-01T15:20:00Z'), 'Australia/Lord_Howe'),
    );
  });
});
