import { newId } from '../kernel/ids.ts';
import type { Lead, Stage } from '../leads/lead.ts';
import type { LeadStore } from '../leads/lead-store.ts';
import type { PlaybookVersion } from '../playbook/playbook-store.ts';
import type { Transition } from './lifecycle.ts';
import type { LifecycleHooks } from './lifecycle-hooks.ts';
import type { TransitionStore } from './transition-store.ts';

export interface TransitionStores {
  leads: LeadStore;
  transitions: TransitionStore;
}

/**
 * Writes one stage change: the immutable transition row, the lead's new stage, and the
 * domain event for the hooks, all in the caller's transaction. The caller has already
 * checked that the move is allowed (`canMove`).
 */
export async function recordTransition<S extends TransitionStores>(
  stores: S,
  hooks: Pick<LifecycleHooks<S>, 'run'>,
  lead: Lead,
  move: {
    to: Stage;
    at: number;
    now: number;
    actor: string;
    reason: string;
    playbook: PlaybookVersion;
    live: boolean;
  },
): Promise<{ lead: Lead; transition: Transition }> {
  const transition: Transition = {
    id: newId(),
    leadId: lead.id,
    from: lead.stage,
    to: move.to,
    at: move.at,
    actor: move.actor,
    reason: move.reason,
    playbookVersion: move.playbook.version,
  };
  const moved: Lead = { ...lead, stage: move.to, stageEnteredAt: move.at };
  await stores.transitions.insert(transition);
  await stores.leads.update(moved);
  await hooks.run(stores, {
    lead: moved,
    transition,
    live: move.live,
    playbook: move.playbook,
    now: move.now,
  });
  // Hooks may have changed the lead (the relay gives an MQL its owner): answer with what is stored.
  return { lead: (await stores.leads.byId(lead.id)) ?? moved, transition };
}
