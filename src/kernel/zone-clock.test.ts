import { describe, expect, it } from 'vitest';
import { zoneClock } from './zone-clock.ts';

describe('zoneClock', () => {
  const saoPaulo = zoneClock('America/Sao_Paulo');
  const newYork = zoneClock('America/New_York');

  it('converts local wall-clock times to instants', () => {
    expect(saoPaulo.toEpoch('2026-03-13', 17, 30)).toBe(Date.parse('2026-03-13T17:30:00-03:00'));
    expect(saoPaulo.toEpoch('2026-03-13', 0, 510)).toBe(Date.parse('2026-03-13T08:30:00-03:00'));
    expect(newYork.toEpoch('2026-03-09', 8, 30)).toBe(Date.parse('2026-03-09T08:30:00-04:00'));
    expect(newYork.toEpoch('2026-03-06', 8, 30)).toBe(Date.parse('2026-03-06T08:30:00-05:00'));
  });

  it('finds the local date and offset of an instant', () => {
    expect(saoPaulo.localDateOf(Date.parse('2026-03-14T02:59:59Z'))).toBe('2026-03-13');
    expect(saoPaulo.localDateOf(Date.parse('2026-03-14T03:00:00Z'))).toBe('2026-03-14');
    expect(saoPaulo.offsetMinutesAt(Date.parse('2026-03-14T03:00:00Z'))).toBe(-180);
    expect(newYork.offsetMinutesAt(Date.parse('2026-07-01T12:00:00Z'))).toBe(-240);
  });
});

describe('local times around daylight-saving changes', () => {
  const saoPaulo = zoneClock('America/Sao_Paulo');

  it('maps a midnight that never happened (DST began at 00:00 on 2017-10-15) to the first instant of that date', () => {
    const start = saoPaulo.toEpoch('2017-10-15');
    expect(new Date(start).toISOString()).toBe('2017-10-15T03:00:00.000Z');
    expect(saoPaulo.localDateOf(start)).toBe('2017-10-15');
    expect(saoPaulo.toEpoch('2017-10-15', 9, 30)).toBe(Date.parse('2017-10-15T09:30:00-02:00'));
  });

  it('takes the first of two identical wall times when clocks fall back (2018-02-17 23:30 happened twice)', () => {
    expect(saoPaulo.toEpoch('2018-02-17', 23, 30)).toBe(Date.parse('2018-02-17T23:30:00-02:00'));
    expect(saoPaulo.toEpoch('2018-02-18', 0, 30)).toBe(Date.parse('2018-02-18T00:30:00-03:00'));
  });
});
