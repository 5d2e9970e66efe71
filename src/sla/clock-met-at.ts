import type { Activity } from '../handoff/activity.ts';
import type { ClockKind, SlaPolicy } from './sla-policy-schema.ts';

/** What meets the sales clocks: the lead's activities and its accept/reject time. */
export interface ClockFacts {
  activities: readonly Pick<Activity, 'channel' | 'occurredAt'>[];
  /** When sales accepted or rejected the lead (epoch ms); null while undecided. */
  decidedAt: number | null;
}

/**
 * When a clock started at `startedAt` was met, recomputed from the facts (so a late or
 * back-dated activity settles it the same way a live one does): first touch at the first
 * activity of any channel, attempts at the `count`-th activity on the policy's channels,
 * decision at accept/reject. Facts before the clock started do not count (a lead back
 * from nurture starts over). Null while not met.
 *
 * @example clockMetAt('first_touch', policy, 1_000, { activities: [{ channel: 'whatsapp', occurredAt: 1_500 }], decidedAt: null }) // 1_500
 */
export function clockMetAt(
  kind: ClockKind,
  policy: SlaPolicy,
  startedAt: number,
  facts: ClockFacts,
): number | null {
  switch (kind) {
    case 'first_touch':
      return attemptTimes(facts, startedAt, null)[0] ?? null;
    case 'attempts':
      return attemptTimes(facts, startedAt, policy.attempts.channels)[policy.attempts.count - 1] ?? null;
    case 'decision':
      return facts.decidedAt !== null && facts.decidedAt >= startedAt ? facts.decidedAt : null;
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown clock kind ${String(unreachable)}`);
    }
  }
}

/**
 * Attempts made since the clock started against the policy's count, for the UI (`2/3`).
 *
 * @example attemptProgress(policy, 1_000, facts) // { made: 2, needed: 3 }
 */
export function attemptProgress(
  policy: SlaPolicy,
  startedAt: number,
  facts: ClockFacts,
): { made: number; needed: number } {
  return {
    made: attemptTimes(facts, startedAt, policy.attempts.channels).length,
    needed: policy.attempts.count,
  };
}

function attemptTimes(facts: ClockFacts, startedAt: number, channels: readonly string[] | null): number[] {
  return facts.activities
    .filter(
      (activity) =>
        activity.occurredAt >= startedAt && (channels === null || channels.includes(activity.channel)),
    )
    .map((activity) => activity.occurredAt)
    .sort((a, b) => a - b);
}
