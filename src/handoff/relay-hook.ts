import type { TransitionHook } from '../lifecycle/lifecycle-hooks.ts';
import { leadEvent } from '../notify/lead-event.ts';
import { type AssignStores, assignLead, stopRelay } from '../routing/assign-lead.ts';

/**
 * The baton pass, hung on the lifecycle's "stage changed" event inside the same
 * transaction: a live MQL is announced, gets an owner and its SLA clocks at once; a lead
 * leaving the MQL stage stops whatever clocks and tasks are still open. History
 * (imports) records the move and nothing else.
 */
export const relayHook: TransitionHook<AssignStores> = async (
  stores,
  { lead, transition, live, playbook, now },
) => {
  if (!live) {
    return;
  }
  if (transition.to === 'mql') {
    await stores.outbox.add(leadEvent('lead.mql', lead, transition.at, { reason: transition.reason }), now);
    await assignLead(stores, playbook, lead, { at: transition.at, now, actor: 'system' });
    return;
  }
  if (transition.from === 'mql' || transition.from === 'sql') {
    await stopRelay(stores, lead.id, now, `moved to ${transition.to}`);
  }
};
