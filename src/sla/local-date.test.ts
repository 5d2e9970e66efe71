import { describe, expect, it } from 'vitest';
import { addDays, isRealDate, minutesOfDay, weekdayOf } from './local-date.ts';

describe('local dates', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('names the weekday', () => {
    expect(weekdayOf('2026-04-03')).toBe('fri');
    expect(weekdayOf('2026-03-08')).toBe('sun');
  });

  it('tells real dates from impossible ones', () => {
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isRealDate('26-01-01')).toBe(false);
  });

  it('reads HH:MM as minutes after midnight', () => {
    expect(minutesOfDay('08:30')).toBe(510);
    expect(minutesOfDay('24:00')).toBe(1440);
  });
});
