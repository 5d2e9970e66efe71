import { describe, expect, it } from 'vitest';
import { DAY_MS, decayFactor } from './decay.ts';

describe('decayFactor', () => {
  it('halves every half-life: 1 at 0 days, 0.5 at 30, 0.25 at 60', () => {
    const halfLife = { mode: 'half_life', days: 30 } as const;
    expect(decayFactor(halfLife, 0)).toBe(1);
    expect(decayFactor(halfLife, 30 * DAY_MS)).toBe(0.5);
    expect(decayFactor(halfLife, 60 * DAY_MS)).toBe(0.25);
    expect(decayFactor(halfLife, 15 * DAY_MS)).toBeCloseTo(Math.SQRT1_2, 12);
  });

  it('keeps full value up to and including the expiry age, then nothing', () => {
    const expire = { mode: 'expire', days: 90 } as const;
    expect(decayFactor(expire, 0)).toBe(1);
    expect(decayFactor(expire, 89 * DAY_MS)).toBe(1);
    expect(decayFactor(expire, 90 * DAY_MS)).toBe(1);
    expect(decayFactor(expire, 90 * DAY_MS + 1)).toBe(0);
  });

  it('never decays without a decay mode, and treats a negative age as new', () => {
    expect(decayFactor({ mode: 'none' }, 3650 * DAY_MS)).toBe(1);
    expect(decayFactor({ mode: 'half_life', days: 30 }, -DAY_MS)).toBe(1);
  });
});
