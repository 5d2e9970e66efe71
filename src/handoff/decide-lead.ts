import { AppError } from '../kernel/app-error.ts';
import { newId } from '../kernel/ids.ts';
import type { Lead } from '../leads/lead.ts';
import { canMove, type Transition } from '../lifecycle/lifecycle.ts';
import type { LifecycleHooks } from '../lifecycle/lifecycle-hooks.ts';
import { recordTransition, type TransitionStores } from '../lifecycle/record-transition.ts';
import { leadEvent } from '../notify/lead-event.ts';
import type { OutboxStore } from '../notify/outbox-store.ts';
import type { PlaybookVersion } from '../playbook/playbook-store.ts';
import { settleClocks } from '../sla/settle-clocks.ts';
import type { ClockStore } from '../sla/sla-clock.ts';
import type { HandoffStore } from './handoff-store.ts';

export interface DecideStores extends TransitionStores {
  clocks: ClockStore;
  handoff: HandoffStore;
  outbox: OutboxStore;
}

export type DecisionInput =
  | { decision: 'accept'; note?: string | undefined }
  | { decision: 'reject'; reason: string; note?: string | undefined };

/**
 * Sales' answer to an MQL: accept (→ `sql`) or reject with one of the playbook's reasons
 * (→ the stage that reason names: `nurture` goes back to marketing, `disqualified` stops).
 * The decision clock is met, open clocks and tasks stop, marketing is told why.
 */
export async function decideLead<S extends DecideStores>(
  stores: S,
  context: { playbook: PlaybookVersion; hooks: Pick<LifecycleHooks<S>, 'run'> },
  input: DecisionInput & { leadId: string; userId: string | null; actor: string },
  now: number,
): Promise<{ lead: Lead; transition: Transition }> {
  const lead = await stores.leads.byId(input.leadId);
  if (!lead) {
    throw new AppError('lead_not_found', `No lead with id ${input.leadId}.`);
  }
  const reasons = context.playbook.playbook.rejectionReasons;
  const reason = input.decision === 'reject' ? reasons.find((r) => r.code === input.reason) : undefined;
  if (input.decision === 'reject' && !reason) {
    throw new AppError(
      'invalid_request',
      `reason: "${input.reason}" is not a rejection reason of the playbook; use one of ${reasons.map((r) => r.code).join(', ')}.`,
    );
  }
  const to = reason ? reason.to : 'sql';
  const allowed = canMove(lead.stage, to, input.decision);
  if (!allowed.ok) {
    throw new AppError('conflict', allowed.reason);
  }
  const note = input.note?.trim() || null;
  await stores.handoff.insertDecision({
    id: newId(),
    leadId: lead.id,
    userId: input.userId,
    actor: input.actor,
    decision: input.decision,
    reasonCode: reason?.code ?? null,
    note,
    toStage: to,
    channel: lead.firstTouch?.channel ?? null,
    campaign: lead.firstTouch?.campaign ?? null,
    at: now,
  });
  const activities = await stores.handoff.activitiesOf(lead.id);
  await settleClocks(stores, context.playbook.playbook.sla, lead.id, { activities, decidedAt: now });
  const handedBack: Lead = reason ? { ...lead, ownerId: null, queue: null } : lead;
  const recorded = await recordTransition(stores, context.hooks, handedBack, {
    to,
    at: now,
    now,
    actor: input.actor,
    reason: reason ? reason.code : (note ?? 'accepted'),
    playbook: context.playbook,
    live: true,
  });
  const details = reason ? { reason: reason.label['pt-BR'], reasonCode: reason.code, note } : { note };
  await stores.outbox.add(
    leadEvent(input.decision === 'accept' ? 'lead.accepted' : 'lead.rejected', recorded.lead, now, details),
    now,
  );
  return recorded;
}
