import type { ClockKind, SlaPolicy } from './sla-policy-schema.ts';

export type EscalationRecipient = 'owner' | 'managers';

export interface Escalation {
  notify: EscalationRecipient[];
  /** Hand the lead to the next rep by the routing rules (the breaching owner excluded). */
  reassign: boolean;
}

/**
 * What a warning or a breach of a clock triggers under the policy: a warning tells the
 * owner; a breach tells the owner and, if the policy says so, the managers of the owner's
 * team, and may reassign the lead.
 *
 * @example planEscalation(policy, 'first_touch', 'breach') // { notify: ['owner', 'managers'], reassign: false }
 */
export function planEscalation(policy: SlaPolicy, kind: ClockKind, event: 'warning' | 'breach'): Escalation {
  if (event === 'warning') {
    return { notify: ['owner'], reassign: false };
  }
  const { notifyManager, reassignAfterBreach, reassignOn } = policy.escalation;
  return {
    notify: notifyManager ? ['owner', 'managers'] : ['owner'],
    reassign: reassignAfterBreach && reassignOn.includes(kind),
  };
}
