import { type EvaluateStores, type Evaluation, evaluateLead } from '../lifecycle/evaluate-lead.ts';
import type { LifecycleHooks } from '../lifecycle/lifecycle-hooks.ts';
import { leadEvent } from '../notify/lead-event.ts';
import type { OutboxStore } from '../notify/outbox-store.ts';
import type { PlaybookVersion } from '../playbook/playbook-store.ts';
import type { LeadInput } from './lead-input.ts';
import { upsertLead } from './upsert-lead.ts';

/**
 * The live path of a lead's profile: upsert it, then rescore it, since fit depends on
 * the profile (a job title or company size can change the grade, and with it the MQL
 * rule's verdict) — in the caller's transaction.
 */
export async function recordLead<S extends EvaluateStores & { outbox: OutboxStore }>(
  stores: S,
  context: { playbook: PlaybookVersion; hooks: Pick<LifecycleHooks<S>, 'run'> },
  input: LeadInput,
  now: number,
): Promise<Evaluation & { created: boolean }> {
  const { lead, created } = await upsertLead(stores, input, now);
  if (created) {
    await stores.outbox.add(leadEvent('lead.created', lead, now), now);
  }
  const evaluation = await evaluateLead(stores, { ...context, live: true }, lead, {
    now,
    triggerAt: now,
    qualify: true,
  });
  return { ...evaluation, created };
}
