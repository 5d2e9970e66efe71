import { describe, expect, it } from 'vitest';
import { nextAttemptAt, RETRY_DELAYS_MS } from './retry-schedule.ts';

const NOW = 1_000_000;
const middle = () => 0.5;

describe('nextAttemptAt', () => {
  it('backs off 30 s, 2 min, 10 min, 1 h, 6 h, 24 h without jitter at the middle', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => (nextAttemptAt(attempt, NOW, middle) ?? 0) - NOW)).toEqual([
      30_000, 120_000, 600_000, 3_600_000, 21_600_000, 86_400_000,
    ]);
  });

  it('gives up after the seventh attempt', () => {
    expect(nextAttemptAt(RETRY_DELAYS_MS.length + 1, NOW, middle)).toBeNull();
    expect(nextAttemptAt(100, NOW, middle)).toBeNull();
  });

  it('spreads each wait by ±20 %', () => {
    expect(nextAttemptAt(1, NOW, () => 0)).toBe(NOW + 24_000);
    expect(nextAttemptAt(1, NOW, () => 0.999_999_999)).toBe(NOW + 36_000);
    expect(nextAttemptAt(4, NOW, () => 0.25)).toBe(NOW + 3_240_000);
  });

  it('keeps a misbehaving random source within the spread', () => {
    expect(nextAttemptAt(1, NOW, () => 7)).toBe(NOW + 36_000);
    expect(nextAttemptAt(1, NOW, () => -1)).toBe(NOW + 24_000);
  });

  it('refuses attempt numbers below 1', () => {
    expect(() => nextAttemptAt(0, NOW)).toThrow(RangeError);
    expect(() => nextAttemptAt(1.5, NOW)).toThrow(RangeError);
  });
});
