import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickRoundRobin, type RoundRobinMember, roundRobinKey } from './weighted-round-robin.ts';

/** Runs `n` assignments, persisting each increment as storage would; returns who got each. */
function run(members: RoundRobinMember[], n: number, counters: Record<string, number> = {}): string[] {
  const picks: string[] = [];
  for (let i = 0; i < n; i++) {
    const pick = pickRoundRobin('inside', members, counters);
    if (!pick) {
      throw new Error('no pick');
    }
    counters[pick.key] = (counters[pick.key] ?? 0) + pick.increment;
    picks.push(pick.userId);
  }
  return picks;
}

function tally(picks: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of picks) {
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

describe('pickRoundRobin', () => {
  it('alternates between two reps of equal weight', () => {
    const reps = [
      { userId: 'ana', weight: 1 },
      { userId: 'bruno', weight: 1 },
    ];
    expect(run(reps, 6)).toEqual(['ana', 'bruno', 'ana', 'bruno', 'ana', 'bruno']);
  });

  it('shares 2:1 between weights 2 and 1', () => {
    const reps = [
      { userId: 'ana', weight: 2 },
      { userId: 'bruno', weight: 1 },
    ];
    expect(tally(run(reps, 30))).toEqual({ ana: 20, bruno: 10 });
    // And never drifts by more than a lead within any prefix of the rotation.
    const picks = run(reps, 30);
    for (let n = 1; n <= 30; n++) {
      const anaShare = picks.slice(0, n).filter((id) => id === 'ana').length;
      expect(Math.abs(anaShare - (2 * n) / 3)).toBeLessThanOrEqual(1);
    }
  });

  it('continues from persisted counters, so a restart or a second process keeps the rotation', () => {
    const reps = [
      { userId: 'ana', weight: 1 },
      { userId: 'bruno', weight: 1 },
      { userId: 'carla', weight: 1 },
    ];
    const shared: Record<string, number> = {};
    const firstProcess = run(reps, 4, shared);
    const afterRestart = run(reps, 5, shared);
    expect([...firstProcess, ...afterRestart]).toEqual(run(reps, 9));
  });

  it('lets a newcomer catch up by about one round, not take every lead', () => {
    const reps = [
      { userId: 'ana', weight: 1 },
      { userId: 'bruno', weight: 1 },
      { userId: 'carla', weight: 1 },
    ];
    const counters = { [roundRobinKey('inside', 'ana')]: 50, [roundRobinKey('inside', 'bruno')]: 50 };
    const picks = run(reps, 6, counters);
    expect(picks[0]).toBe('carla');
    expect(tally(picks)).toEqual({ ana: 2, bruno: 2, carla: 2 });
  });

  it('returns the increment that levels a member who fell behind', () => {
    const pick = pickRoundRobin(
      'inside',
      [
        { userId: 'ana', weight: 1 },
        { userId: 'bruno', weight: 1 },
      ],
      { 'inside:ana': 10 },
    );
    expect(pick).toEqual({ userId: 'bruno', key: 'inside:bruno', increment: 10 });
  });

  it('breaks ties by the smaller counter, then the user id', () => {
    const reps = [
      { userId: 'b', weight: 2 },
      { userId: 'a', weight: 1 },
    ];
    // Ratios 2/2 and 1/1 tie; `a` has the smaller counter.
    expect(pickRoundRobin('t', reps, { 't:b': 2, 't:a': 1 })?.userId).toBe('a');
    expect(
      pickRoundRobin(
        't',
        reps.map((rep) => ({ ...rep, weight: 1 })),
        {},
      )?.userId,
    ).toBe('a');
  });

  it('picks nobody from an empty or zero-weight team', () => {
    expect(pickRoundRobin('t', [], {})).toBeNull();
    expect(pickRoundRobin('t', [{ userId: 'a', weight: 0 }], {})).toBeNull();
  });

  it('keeps every member within one round of the others for any weights', () => {
    const weights = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(weights, fc.integer({ min: 1, max: 60 }), (ws, n) => {
        const reps = ws.map((weight, i) => ({ userId: `u${i}`, weight }));
        const counts = tally(run(reps, n));
        const ratios = reps.map((rep) => (counts[rep.userId] ?? 0) / rep.weight);
        expect(Math.max(...ratios) - Math.min(...ratios)).toBeLessThanOrEqual(1 + 1e-9);
      }),
    );
  });
});
