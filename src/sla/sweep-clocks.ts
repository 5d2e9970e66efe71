import type { Transactor } from '../kernel/transactor.ts';
import { leadEvent } from '../notify/lead-event.ts';
import type { PlaybookVersion } from '../playbook/playbook-store.ts';
import { type AssignStores, assignLead } from '../routing/assign-lead.ts';
import { managersOf } from '../routing/managers-of.ts';
import type { TeamMember } from '../routing/team-member.ts';
import { pendingClockEvent } from './clock-status.ts';
import { planEscalation } from './plan-escalation.ts';
import type { SlaClock } from './sla-clock.ts';

export interface SweepResult {
  warned: number;
  breached: number;
  reassigned: number;
}

/** Clocks handled per transaction: a backlog after downtime drains in short steps. */
export const SWEEP_BATCH = 200;

/**
 * Finds clocks whose warning or breach time has come and acts once per clock: stamps it,
 * tells the owner (and on a breach the team's managers) through the outbox, and
 * reassigns when the policy says so. Each clock is claimed and stamped in one
 * transaction (SKIP LOCKED on PostgreSQL), so several processes sweeping together never
 * alert twice.
 */
export async function sweepClocks<S extends AssignStores>(
  db: Transactor<S>,
  playbook: PlaybookVersion,
  now: number,
): Promise<SweepResult> {
  const total: SweepResult = { warned: 0, breached: 0, reassigned: 0 };
  for (;;) {
    const batch = await db.transaction(async (stores) => {
      const clocks = await stores.clocks.claimDue(now, SWEEP_BATCH);
      const result: SweepResult = { warned: 0, breached: 0, reassigned: 0 };
      // Once per batch: counting every rep's open MQLs is the costly read of a sweep.
      const members = clocks.length > 0 ? await stores.team.members() : [];
      for (const clock of clocks) {
        await handleClock(stores, playbook, members, clock, now, result);
      }
      return { count: clocks.length, result };
    });
    total.warned += batch.result.warned;
    total.breached += batch.result.breached;
    total.reassigned += batch.result.reassigned;
    if (batch.count < SWEEP_BATCH) {
      return total;
    }
  }
}

async function handleClock(
  stores: AssignStores,
  playbook: PlaybookVersion,
  members: readonly TeamMember[],
  clock: SlaClock,
  now: number,
  result: SweepResult,
) {
  const pending = pendingClockEvent(clock, now);
  const lead = await stores.leads.byId(clock.leadId);
  if (!pending) {
    return;
  }
  if (!lead) {
    await stores.clocks.update({ ...clock, stoppedAt: now, stopReason: 'lead gone' });
    return;
  }
  const owner = members.find((m) => m.userId === clock.ownerId) ?? null;
  const who = owner ? { name: owner.name, email: owner.email } : null;
  const details = { clock: clock.kind, dueAt: clock.dueAt };
  if (pending.type === 'warning') {
    await stores.clocks.update({ ...clock, warnedAt: now });
    await stores.outbox.add(leadEvent('sla.warning', lead, pending.at, details, who), now);
    result.warned += 1;
    return;
  }
  const escalation = planEscalation(playbook.playbook.sla, clock.kind, 'breach');
  const managers = escalation.notify.includes('managers') && owner ? managersOf(members, owner.userId) : [];
  await stores.clocks.update({ ...clock, breachedAt: clock.dueAt, escalatedAt: now });
  await stores.outbox.add(
    leadEvent('sla.breached', lead, clock.dueAt, { ...details, managers: managers.map((m) => m.email) }, who),
    now,
  );
  result.breached += 1;
  if (escalation.reassign && lead.stage === 'mql') {
    await assignLead(stores, playbook, lead, {
      at: now,
      now,
      actor: 'system:sla',
      ...(clock.ownerId ? { excludeUserIds: [clock.ownerId] } : {}),
    });
    result.reassigned += 1;
  }
}
