import { type ClockFacts, clockMetAt } from './clock-met-at.ts';
import type { ClockStore, SlaClock } from './sla-clock.ts';
import type { SlaPolicy } from './sla-policy-schema.ts';

/**
 * Marks the lead's open clocks met where the facts (activities, a decision) now meet
 * them. Returns the clocks it settled.
 */
export async function settleClocks(
  stores: { clocks: ClockStore },
  policy: SlaPolicy,
  leadId: string,
  facts: ClockFacts,
): Promise<SlaClock[]> {
  const settled: SlaClock[] = [];
  for (const clock of await stores.clocks.openFor([leadId])) {
    const metAt = clockMetAt(clock.kind, policy, clock.startedAt, facts);
    if (metAt !== null) {
      const met = { ...clock, metAt };
      await stores.clocks.update(met);
      settled.push(met);
    }
  }
  return settled;
}
