import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../events/event.ts';
import { defaultPlaybook } from '../playbook/default-playbook.ts';
import type { Decay, Playbook } from '../playbook/playbook-schema.ts';
import { compilePlaybook } from './compile-playbook.ts';
import { DAY_MS } from './decay.ts';
import { EngagementReplay } from './engagement-replay.ts';
import { compareEvents, scoreEngagement } from './score-engagement.ts';

const T0 = Date.parse('2026-01-05T12:00:00Z');
const BASE = defaultPlaybook();
const withDecay = (decay: Decay, totalCap?: number): Playbook => ({
  ...BASE,
  engagement: { ...BASE.engagement, decay, totalCap },
});

const eventsArbitrary = fc.array(
  fc.record({
    id: fc.uuid(),
    type: fc.constantFrom(...EVENT_TYPES),
    occurredAt: fc.integer({ min: 0, max: 200 * 24 }).map((hour) => T0 + hour * 3_600_000),
    props: fc.record({ url: fc.constantFrom('/precos', '/blog') }),
  }),
  { maxLength: 80 },
);

describe('EngagementReplay', () => {
  it('brackets the exact engagement after every event, and equals it without half-life decay', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Decay>(
          { mode: 'half_life', days: 3 },
          { mode: 'half_life', days: 30 },
          { mode: 'expire', days: 10 },
          { mode: 'none' },
        ),
        fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
        eventsArbitrary,
        (decay, totalCap, events) => {
          const compiled = compilePlaybook(withDecay(decay, totalCap));
          const replay = new EngagementReplay(compiled);
          const sorted = [...events].sort(compareEvents);
          for (const [i, event] of sorted.entries()) {
            replay.add(event);
            if (sorted[i + 1]?.occurredAt === event.occurredAt) {
              // scoreLead counts every event of an instant: compare once all are in.
              continue;
            }
            const exact = scoreEngagement(compiled, sorted, event.occurredAt).cents;
            const { low, high } = replay.boundsAt(event.occurredAt);
            expect(low).toBeLessThanOrEqual(exact);
            expect(high).toBeGreaterThanOrEqual(exact);
            if (decay.mode !== 'half_life') {
              expect(high).toBe(low);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the bounds within half a cent per decayed event', () => {
    const compiled = compilePlaybook(withDecay({ mode: 'half_life', days: 30 }));
    const replay = new EngagementReplay(compiled);
    replay.add({ id: 'a', type: 'download', occurredAt: T0, props: {} });
    replay.add({ id: 'b', type: 'download', occurredAt: T0 + DAY_MS, props: {} });
    const { low, high } = replay.boundsAt(T0 + 10 * DAY_MS);
    expect(high - low).toBeLessThanOrEqual(2 + 1e-5);
    expect(low).toBeLessThan(1000 * (0.5 ** (10 / 30) + 0.5 ** (9 / 30)));
  });
});
