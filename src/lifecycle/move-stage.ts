import { AppError } from '../kernel/app-error.ts';
import type { Lead, Stage } from '../leads/lead.ts';
import type { PlaybookVersion } from '../playbook/playbook-store.ts';
import type { Transition } from './lifecycle.ts';
import { canMove } from './lifecycle.ts';
import type { LifecycleHooks } from './lifecycle-hooks.ts';
import { recordTransition, type TransitionStores } from './record-transition.ts';

/**
 * A person moves a lead to another stage by hand, with a reason (the HTTP layer has
 * already checked the role). The move is recorded like any other, now.
 */
export async function moveStage<S extends TransitionStores>(
  stores: S,
  context: { hooks: Pick<LifecycleHooks<S>, 'run'>; playbook: PlaybookVersion },
  input: { leadId: string; to: Stage; reason: string; actor: string },
  now: number,
): Promise<{ lead: Lead; transition: Transition }> {
  const lead = await stores.leads.byId(input.leadId);
  if (!lead) {
    throw new AppError('lead_not_found', `No lead with id ${input.leadId}.`);
  }
  const reason = input.reason.trim();
  if (reason === '') {
    throw new AppError('invalid_request', 'reason: a manual move needs a reason both teams can read.');
  }
  const allowed = canMove(lead.stage, input.to, 'manual');
  if (!allowed.ok) {
    throw new AppError('conflict', allowed.reason);
  }
  return recordTransition(stores, context.hooks, lead, {
    to: input.to,
    at: now,
    now,
    actor: input.actor,
    reason,
    playbook: context.playbook,
    live: true,
  });
}
