import type { Decay } from '../playbook/playbook-schema.ts';

export const DAY_MS = 86_400_000;

/**
 * What one point is worth at `ageMs` (milliseconds since the event, at the scoring
 * time): 1 without decay; halved every `days` days with a half-life; 1 up to and
 * including `days` days, then 0, when points expire.
 *
 * @example decayFactor({ mode: 'half_life', days: 30 }, 60 * DAY_MS) // 0.25
 */
export function decayFactor(decay: Decay, ageMs: number): number {
  const age = Math.max(0, ageMs);
  switch (decay.mode) {
    case 'none':
      return 1;
    case 'half_life':
      return 0.5 ** (age / (decay.days * DAY_MS));
    case 'expire':
      return age <= decay.days * DAY_MS ? 1 : 0;
    default: {
      const unreachable: never = decay;
      throw new Error(`unknown decay ${JSON.stringify(unreachable)}`);
    }
  }
}
