import { describe, expect, it } from 'vitest';
import { parseImportDate } from './parse-date.ts';

const SP = 'America/Sao_Paulo';
const at = (text: string) => {
  const parsed = parseImportDate(text, SP);
  return parsed.ok ? parsed.at : parsed.reason;
};

describe('parseImportDate', () => {
  it('reads RD Station dates with their offset', () => {
    expect(at('2023-05-02 14:10:00 -0300')).toBe(Date.parse('2023-05-02T14:10:00-03:00'));
    expect(at('2023-05-02 14:10:00 +0000')).toBe(Date.parse('2023-05-02T14:10:00Z'));
    expect(at('2018-03-13T14:07:04.254-03:00')).toBe(Date.parse('2018-03-13T14:07:04.254-03:00'));
  });

  it('reads times without an offset in the workspace time zone (Olist, HubSpot)', () => {
    expect(at('2018-02-26 19:58:54')).toBe(Date.parse('2018-02-26T19:58:54-03:00'));
    expect(at('2017-10-20')).toBe(Date.parse('2017-10-20T00:00:00-02:00'));
    expect(at('2023-02-21 14:10')).toBe(Date.parse('2023-02-21T14:10:00-03:00'));
    // Brazil still had daylight saving time in 2017-18 (−02:00 from October to February).
    expect(at('2018-01-17 13:51:03')).toBe(Date.parse('2018-01-17T13:51:03-02:00'));
  });

  it('moves a local time that clocks skipped forward by the jump, keeping its day', () => {
    // São Paulo's clocks went from 00:00 to 01:00 on 2017-10-15: that midnight never happened.
    expect(at('2017-10-15')).toBe(Date.parse('2017-10-15T01:00:00-02:00'));
    expect(at('2017-10-15 00:30')).toBe(Date.parse('2017-10-15T01:30:00-02:00'));
    expect(at('2017-10-15 01:00')).toBe(Date.parse('2017-10-15T01:00:00-02:00'));
    // When they went back (2018-02-18 00:00 → 2018-02-17 23:00), the first 23:00 is taken.
    expect(at('2018-02-17 23:30')).toBe(Date.parse('2018-02-17T23:30:00-02:00'));
  });

  it('reads slashed dates day first, or month first with AM/PM', () => {
    expect(at('02/05/2023 14:10')).toBe(Date.parse('2023-05-02T14:10:00-03:00'));
    expect(at('5/2/2023 2:10 PM')).toBe(Date.parse('2023-05-02T14:10:00-03:00'));
    expect(at('12/31/2023 12:00 AM')).toBe(Date.parse('2023-12-31T00:00:00-03:00'));
  });

  it('reads epoch milliseconds and treats empty as no date', () => {
    expect(at('1684000000000')).toBe(1684000000000);
    expect(at('  ')).toBeNull();
  });

  it('says why a value is not a date', () => {
    for (const bad of ['2023-02-30', '31/02/2023', 'ontem', '2023-13-01 10:00', '13/13/2023 1:00 PM']) {
      expect(at(bad)).toMatch(/is not a date/);
    }
  });
});
