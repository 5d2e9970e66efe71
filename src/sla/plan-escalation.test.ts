import { describe, expect, it } from 'vitest';
import { planEscalation } from './plan-escalation.ts';
import { slaPolicySchema } from './sla-policy-schema.ts';

describe('planEscalation', () => {
  it('warns only the owner', () => {
    expect(planEscalation(slaPolicySchema.parse({}), 'first_touch', 'warning')).toEqual({
      notify: ['owner'],
      reassign: false,
    });
  });

  it('tells the managers of a breach by default, without reassigning', () => {
    expect(planEscalation(slaPolicySchema.parse({}), 'decision', 'breach')).toEqual({
      notify: ['owner', 'managers'],
      reassign: false,
    });
  });

  it('reassigns after a first-touch breach only when the policy asks, and only for the listed clocks', () => {
    const policy = slaPolicySchema.parse({ escalation: { reassignAfterBreach: true, notifyManager: false } });
    expect(planEscalation(policy, 'first_touch', 'breach')).toEqual({ notify: ['owner'], reassign: true });
    expect(planEscalation(policy, 'decision', 'breach').reassign).toBe(false);
    const both = slaPolicySchema.parse({
      escalation: { reassignAfterBreach: true, reassignOn: ['attempts'] },
    });
    expect(planEscalation(both, 'attempts', 'breach').reassign).toBe(true);
    expect(planEscalation(both, 'first_touch', 'breach').reassign).toBe(false);
  });
});
