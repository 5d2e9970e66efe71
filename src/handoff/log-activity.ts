import { AppError } from '../kernel/app-error.ts';
import { newId } from '../kernel/ids.ts';
import type { LeadStore } from '../leads/lead-store.ts';
import type { PlaybookVersion } from '../playbook/playbook-store.ts';
import { settleClocks } from '../sla/settle-clocks.ts';
import type { ClockStore, SlaClock } from '../sla/sla-clock.ts';
import type { Activity } from './activity.ts';
import type { ActivityInput } from './activity-schema.ts';
import type { HandoffStore } from './handoff-store.ts';

/**
 * Records a touch by a rep (call, WhatsApp, e-mail, meeting). The first one meets the
 * first-touch clock, each one on the policy's channels counts toward the attempts
 * clock, and the cadence's tasks are checked off by them (see `trackCadence`).
 */
export async function logActivity(
  stores: { leads: LeadStore; clocks: ClockStore; handoff: HandoffStore },
  playbook: PlaybookVersion,
  input: ActivityInput & { leadId: string; userId: string | null; actor: string },
  now: number,
): Promise<{ activity: Activity; settled: SlaClock[] }> {
  const lead = await stores.leads.byId(input.leadId);
  if (!lead) {
    throw new AppError('lead_not_found', `No lead with id ${input.leadId}.`);
  }
  const activity: Activity = {
    id: newId(),
    leadId: lead.id,
    userId: input.userId,
    actor: input.actor,
    channel: input.channel,
    outcome: input.outcome,
    occurredAt: input.occurredAt ?? now,
    note: input.note || null,
    objection: input.objection || null,
    durationSeconds: input.durationSeconds ?? null,
  };
  if (activity.occurredAt > now + 5 * 60_000) {
    throw new AppError('invalid_request', 'occurredAt: an activity cannot happen in the future.');
  }
  await stores.handoff.insertActivity(activity);
  const activities = await stores.handoff.activitiesOf(lead.id);
  const settled = await settleClocks(stores, playbook.playbook.sla, lead.id, { activities, decidedAt: null });
  return { activity, settled };
}
