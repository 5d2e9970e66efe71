import { describe, expect, it } from 'vitest';
import { outcomeOf } from './deliver-due.ts';
import { RETRY_DELAYS_MS } from './retry-schedule.ts';

const NOW = Date.UTC(2026, 2, 2, 12, 0, 0);
const middle = () => 0.5;

describe('outcomeOf', () => {
  it('marks a successful attempt delivered at the time it ended', () => {
    expect(outcomeOf(3, { ok: true, statusCode: 200 }, NOW)).toEqual({
      status: 'delivered',
      deliveredAt: NOW,
    });
  });

  it('schedules a failed attempt on the retry schedule', () => {
    expect(outcomeOf(1, { ok: false, statusCode: 500 }, NOW, middle)).toEqual({
      status: 'pending',
      nextAttemptAt: NOW + 30_000,
    });
    expect(outcomeOf(2, { ok: false }, NOW, middle)).toEqual({
      status: 'pending',
      nextAttemptAt: NOW + 120_000,
    });
  });

  it('gives up after the last attempt of the schedule', () => {
    const last = RETRY_DELAYS_MS.length + 1;
    expect(outcomeOf(last - 1, { ok: false }, NOW, middle).status).toBe('pending');
    expect(outcomeOf(last, { ok: false }, NOW, middle)).toEqual({ status: 'failed' });
  });
});
