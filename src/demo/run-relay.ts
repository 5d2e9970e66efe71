import type { User } from '../access/user.ts';
import { recordEvents } from '../events/record-events.ts';
import { decideLead } from '../handoff/decide-lead.ts';
import { logActivity } from '../handoff/log-activity.ts';
import type { Lead } from '../leads/lead.ts';
import { recordLead } from '../leads/record-lead.ts';
import type { LifecycleHooks } from '../lifecycle/lifecycle-hooks.ts';
import type { PlaybookVersion } from '../playbook/playbook-store.ts';
import { recordDeal } from '../revenue/record-deal.ts';
import type { Stores } from '../storage/stores.ts';
import type { PlannedRelayLead } from './relay-plan.ts';

export interface RelaySummary {
  mqls: number;
  /** Open MQLs in reps' inboxes. */
  open: number;
  accepted: number;
  rejected: number;
  activities: number;
  deals: number;
  /** Planned people the pipeline did not make MQL or could not route (e.g. an e-mail a `--force` run had already used). */
  skipped: number;
}

const iso = (at: number) => new Date(at).toISOString();

/**
 * Plays planned MQLs through the live pipeline, each step at its own time as if it were
 * happening then: the lead's profile (`recordLead`) when first seen, its interactions
 * (`recordEvents`: scoring, the MQL rule, routing, SLA clocks, cadence), the owner's
 * touches (`logActivity`), the decision (`decideLead`) and the deal (`recordDeal`). In the
 * caller's transaction; notifications go to the outbox like any live event's.
 */
export async function runRelay(
  stores: Stores,
  context: { playbook: PlaybookVersion; hooks: LifecycleHooks<Stores>; users: readonly User[] },
  plan: readonly PlannedRelayLead[],
  onProgress?: (done: number, total: number) => void,
): Promise<RelaySummary> {
  const summary: RelaySummary = {
    mqls: 0,
    open: 0,
    accepted: 0,
    rejected: 0,
    activities: 0,
    deals: 0,
    skipped: 0,
  };
  const usersById = new Map(context.users.map((user) => [user.id, user]));
  const ownerIdFor = async (owner: string) => context.users.find((u) => u.email === owner)?.id ?? null;
  for (const [index, planned] of plan.entries()) {
    const lead = await qualify(stores, context, planned);
    const owner = lead?.ownerId ? usersById.get(lead.ownerId) : undefined;
    if (!lead || !owner) {
      summary.skipped += 1;
      continue;
    }
    summary.mqls += 1;
    summary.open += planned.isOpen ? 1 : 0;
    const actor = `user:${owner.email}`;
    for (const { at, ...touch } of planned.touches) {
      await logActivity(
        stores,
        context.playbook,
        { ...touch, occurredAt: at, leadId: lead.id, userId: owner.id, actor },
        at,
      );
      summary.activities += 1;
    }
    if (!planned.decision) {
      continue;
    }
    const { at, ...decision } = planned.decision;
    const decided = await decideLead(
      stores,
      context,
      { ...decision, leadId: lead.id, userId: owner.id, actor },
      at,
    );
    summary[decision.decision === 'accept' ? 'accepted' : 'rejected'] += 1;
    if (planned.deal) {
      const deal = { ...planned.deal, owner: owner.email };
      await recordDeal(
        stores,
        { ...context, live: false, actor: 'demo', ownerIdFor },
        decided.lead,
        deal,
        deal.closedAt ?? deal.createdAt,
      );
      summary.deals += 1;
    }
    if (index % 10 === 9) {
      onProgress?.(index + 1, plan.length);
    }
  }
  onProgress?.(plan.length, plan.length);
  return summary;
}

/** The person arrives and acts until the MQL rule passes; the lead as routed, or null when it did not become a routed MQL. */
async function qualify(
  stores: Stores,
  context: { playbook: PlaybookVersion; hooks: LifecycleHooks<Stores> },
  planned: PlannedRelayLead,
): Promise<Lead | null> {
  const { person, source, firstSeenAt, events, mqlAt } = planned;
  const seen = Math.round(firstSeenAt);
  const { lead } = await recordLead(
    stores,
    context,
    {
      email: person.email,
      name: person.name,
      phone: person.phone,
      jobTitle: person.jobTitle,
      company: person.company,
      source: { ...source, campaign: source.campaign ?? undefined, at: seen },
      consent: { basis: 'consent', givenAt: seen },
    },
    seen,
  );
  const outcome = await recordEvents(
    stores,
    context,
    events.map((event) => ({
      leadId: lead.id,
      type: event.type,
      occurredAt: iso(event.at),
      props: event.props,
    })),
    mqlAt,
  );
  if (!outcome.transitions.some((t) => t.leadId === lead.id && t.to === 'mql')) {
    return null;
  }
  const routed = await stores.leads.byId(lead.id);
  return routed?.stage === 'mql' && routed.ownerId ? routed : null;
}
