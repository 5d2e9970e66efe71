import type { HandoffStore } from '../handoff/handoff-store.ts';
import { planCadence } from '../handoff/plan-cadence.ts';
import { newId } from '../kernel/ids.ts';
import type { Lead } from '../leads/lead.ts';
import type { CompanyStore, LeadStore } from '../leads/lead-store.ts';
import { leadEvent } from '../notify/lead-event.ts';
import type { OutboxStore } from '../notify/outbox-store.ts';
import type { PlaybookVersion } from '../playbook/playbook-store.ts';
import { calendarOf } from '../sla/calendar-of.ts';
import { planClocks } from '../sla/plan-clocks.ts';
import type { ClockStore } from '../sla/sla-clock.ts';
import type { Assignment, TeamStore } from './assignment.ts';
import { chooseOwner, type RoutingCandidate } from './choose-owner.ts';

export interface AssignStores {
  leads: LeadStore;
  companies: CompanyStore;
  team: TeamStore;
  clocks: ClockStore;
  handoff: HandoffStore;
  outbox: OutboxStore;
}

export interface AssignOptions {
  /** When the lead changes hands: clocks start here (the MQL transition's time). */
  at: number;
  now: number;
  actor: string;
  /** A person's choice (`POST /leads/:id/assign`) instead of the routing rules. */
  userId?: string;
  /** Reps who must not get it (the owner who breached, on reassignment). */
  excludeUserIds?: readonly string[];
}

/**
 * Gives a lead an owner — by the playbook's routing rules or a person's choice — and, for
 * an MQL, starts the relay: SLA clocks from `at`, the cadence's tasks. Always tells the
 * owner (`lead.assigned`). Clocks and tasks of a previous owner stop. Runs in the caller's
 * transaction, so an MQL and its owner commit together.
 */
export async function assignLead(
  stores: AssignStores,
  playbook: PlaybookVersion,
  lead: Lead,
  options: AssignOptions,
): Promise<{ lead: Lead; assignment: Assignment }> {
  const company = lead.companyId ? ((await stores.companies.byId(lead.companyId)) ?? null) : null;
  const members = await stores.team.members();
  let userId: string | null;
  let queue: string | null = null;
  let ruleId: string;
  let candidates: RoutingCandidate[];
  if (options.userId !== undefined) {
    userId = options.userId;
    ruleId = 'manual';
    candidates = [{ userId, ruleId, eligible: true }];
  } else {
    const decision = chooseOwner({
      routing: playbook.playbook.routing,
      facts: { lead, company },
      accountOwnerId: company?.ownerId ?? null,
      members,
      counters: await stores.team.counters(),
      now: options.now,
      ...(options.excludeUserIds ? { excludeUserIds: options.excludeUserIds } : {}),
    });
    candidates = decision.candidates;
    ruleId = decision.ruleId;
    if (decision.ok) {
      userId = decision.userId;
      await stores.team.addCredits(decision.counterUpdates);
    } else {
      userId = null;
      queue = decision.queue;
    }
  }
  const assignment: Assignment = {
    id: newId(),
    leadId: lead.id,
    userId,
    queue,
    ruleId,
    candidates,
    at: options.at,
    actor: options.actor,
    playbookVersion: playbook.version,
  };
  await stores.team.insertAssignment(assignment);
  await stopRelay(stores, lead.id, options.now, 'reassigned');
  const assigned: Lead = { ...lead, ownerId: userId, queue, assignedAt: options.at };
  await stores.leads.update(assigned);
  if (company && userId !== null && company.ownerId === null) {
    // The first rep to get a lead of an account owns the account: its next leads follow.
    await stores.companies.update({ ...company, ownerId: userId, updatedAt: options.now });
  }
  if (assigned.stage === 'mql') {
    await startRelay(stores, playbook, assigned, options.at);
  }
  const owner = members.find((m) => m.userId === userId);
  await stores.outbox.add(
    leadEvent(
      'lead.assigned',
      assigned,
      options.at,
      { ruleId, queue },
      owner ? { name: owner.name, email: owner.email } : null,
    ),
    options.now,
  );
  return { lead: assigned, assignment };
}

/** SLA clocks from `at` (they run even while the lead waits in a queue) and the owner's cadence. */
async function startRelay(
  stores: AssignStores,
  playbook: PlaybookVersion,
  lead: Lead,
  at: number,
): Promise<void> {
  const calendar = calendarOf(playbook.playbook);
  const { sla, cadence } = playbook.playbook;
  await stores.clocks.insertMany(
    planClocks(sla, calendar, at).map((c) => ({
      ...c,
      id: newId(),
      leadId: lead.id,
      ownerId: lead.ownerId,
      warnedAt: null,
      metAt: null,
      breachedAt: null,
      escalatedAt: null,
      stoppedAt: null,
      stopReason: null,
      playbookVersion: playbook.version,
    })),
  );
  if (lead.ownerId === null) {
    return;
  }
  const tasks = planCadence(cadence, calendar, at, { firstTouchMinutes: sla.firstTouch.businessMinutes });
  await stores.handoff.insertTasks(
    tasks.map((t) => ({ ...t, id: newId(), leadId: lead.id, ownerId: lead.ownerId, cancelledAt: null })),
  );
}

/** Stops the lead's open clocks (not met: they no longer apply) and cancels its open tasks. */
export async function stopRelay(
  stores: Pick<AssignStores, 'clocks' | 'handoff'>,
  leadId: string,
  now: number,
  reason: string,
): Promise<void> {
  for (const clock of await stores.clocks.openFor([leadId])) {
    await stores.clocks.update({ ...clock, stoppedAt: now, stopReason: reason });
  }
  await stores.handoff.cancelTasks(leadId, now);
}
