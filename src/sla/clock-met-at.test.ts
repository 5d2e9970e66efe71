import { describe, expect, it } from 'vitest';
import { attemptProgress, type ClockFacts, clockMetAt } from './clock-met-at.ts';
import { slaPolicySchema } from './sla-policy-schema.ts';

const policy = slaPolicySchema.parse({});
const facts = (activities: ClockFacts['activities'], decidedAt: number | null = null): ClockFacts => ({
  activities,
  decidedAt,
});

describe('clockMetAt', () => {
  it('meets first touch at the first activity of any channel, in time order', () => {
    const activities = [
      { channel: 'email', occurredAt: 3_000 },
      { channel: 'meeting', occurredAt: 2_000 },
    ] as const;
    expect(clockMetAt('first_touch', policy, 1_000, facts(activities))).toBe(2_000);
  });

  it('ignores activities from before the clock started', () => {
    expect(
      clockMetAt('first_touch', policy, 1_000, facts([{ channel: 'call', occurredAt: 999 }])),
    ).toBeNull();
  });

  it('meets attempts at the third activity on the policy’s channels', () => {
    const activities = [
      { channel: 'call', occurredAt: 1_100 },
      { channel: 'meeting', occurredAt: 1_200 },
      { channel: 'whatsapp', occurredAt: 1_300 },
      { channel: 'call', occurredAt: 1_400 },
      { channel: 'email', occurredAt: 1_500 },
    ] as const;
    expect(clockMetAt('attempts', policy, 1_000, facts(activities))).toBe(1_400);
    expect(attemptProgress(policy, 1_000, facts(activities))).toEqual({ made: 4, needed: 3 });
  });

  it('leaves attempts open until the count is reached', () => {
    const activities = [{ channel: 'call', occurredAt: 1_100 }] as const;
    expect(clockMetAt('attempts', policy, 1_000, facts(activities))).toBeNull();
    expect(attemptProgress(policy, 1_000, facts(activities))).toEqual({ made: 1, needed: 3 });
  });

  it('meets the decision at accept or reject, not at an earlier one', () => {
    expect(clockMetAt('decision', policy, 1_000, facts([], 5_000))).toBe(5_000);
    expect(clockMetAt('decision', policy, 1_000, facts([], 500))).toBeNull();
    expect(clockMetAt('decision', policy, 1_000, facts([{ channel: 'call', occurredAt: 1_100 }]))).toBeNull();
  });
});
