import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { localDateOf, offsetMinutesAt, zonedToEpoch } from './zoned-time.ts';

describe('zoned time', () => {
  it('puts São Paulo midnight at 03:00 UTC (UTC−3, no DST since 2019)', () => {
    expect(new Date(zonedToEpoch('2026-03-13', 'America/Sao_Paulo')).toISOString()).toBe(
      '2026-03-13T03:00:00.000Z',
    );
    expect(offsetMinutesAt(Date.UTC(2026, 0, 1), 'America/Sao_Paulo')).toBe(-180);
  });
  it('handles a zone with DST on both sides of the change', () => {
    // New York springs forward on 2026-03-08: midnight is still EST (−5), the next midnight EDT (−4).
    expect(new Date(zonedToEpoch('2026-03-08', 'America/New_York')).toISOString()).toBe(
      '2026-03-08T05:00:00.000Z',
    );
    expect(new Date(zonedToEpoch('2026-03-09', 'America/New_York')).toISOString()).toBe(
      '2026-03-09T04:00:00.000Z',
    );
  });
  it('gives the local date of an instant', () => {
    expect(localDateOf(Date.UTC(2026, 2, 13, 2, 59), 'America/Sao_Paulo')).toBe('2026-03-12');
    expect(localDateOf(Date.UTC(2026, 2, 13, 3, 0), 'America/Sao_Paulo')).toBe('2026-03-13');
  });
});

describe('cursor', () => {
  it('round-trips and refuses anything else with an AppError', () => {
    expect(decodeCursor(encodeCursor({ at: 123, id: 'abc' }))).toEqual({ at: 123, id: 'abc' });
    expect(() => decodeCursor('garbage')).toThrow(AppError);
    expect(() => decodeCursor(Buffer.from('[1.5,"x"]').toString('base64url'))).toThrow(AppError);
  });
});
