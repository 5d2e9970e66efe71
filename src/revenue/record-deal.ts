import { newId } from '../kernel/ids.ts';
import type { Lead } from '../leads/lead.ts';
import type { Transition } from '../lifecycle/lifecycle.ts';
import type { LifecycleHooks } from '../lifecycle/lifecycle-hooks.ts';
import { recordTransition, type TransitionStores } from '../lifecycle/record-transition.ts';
import { leadEvent } from '../notify/lead-event.ts';
import type { OutboxStore } from '../notify/outbox-store.ts';
import type { PlaybookVersion } from '../playbook/playbook-store.ts';
import type { Deal, DealStore } from './deal.ts';
import { applyDealDraft, type DealDraft, isSameDeal } from './deal-draft.ts';
import { amountFromCents } from './money.ts';
import { type DealMove, planDealMoves } from './plan-deal-moves.ts';

export interface DealStores extends TransitionStores {
  deals: DealStore;
  outbox: OutboxStore;
}

export interface DealContext<S> {
  playbook: PlaybookVersion;
  hooks: Pick<LifecycleHooks<S>, 'run'>;
  /**
   * True for the API (a CRM telling us now): `deal.won` / `deal.lost` go to the outbox.
   * False for history (imports): the deal and its moves are recorded, nobody is told.
   * Either way a deal never routes a lead: the relay hangs on `mql` only.
   */
  live: boolean;
  actor: string;
  /** The Bastão user an owner names (an e-mail or a name), or null for an outside owner. */
  ownerIdFor: (owner: string) => Promise<string | null>;
}

export interface RecordDealResult {
  deal: Deal;
  outcome: 'created' | 'updated' | 'unchanged';
  lead: Lead;
  transitions: Transition[];
}

/**
 * Upserts a deal of `lead` (by `externalId` when it has one) and moves the lead forward
 * at the deal's dates — opportunity when opened, customer when won — as far as the
 * lifecycle allows; in the caller's transaction.
 *
 * @example await db.transaction((s) => recordDeal(s, context, lead, { externalId: 'crm-1', amountCents: 500_00, currency: 'BRL', status: 'won' }, now));
 */
export async function recordDeal<S extends DealStores>(
  stores: S,
  context: DealContext<S>,
  lead: Lead,
  draft: DealDraft,
  now: number,
): Promise<RecordDealResult> {
  const stored = draft.externalId ? await stores.deals.byExternalId(draft.externalId) : undefined;
  const owner = draft.owner === undefined ? undefined : await ownerOf(draft.owner, context.ownerIdFor);
  const deal = applyDealDraft(
    stored,
    draft,
    { id: newId(), leadId: lead.id, ...(owner ? { owner } : {}) },
    now,
  );
  let outcome: RecordDealResult['outcome'] = 'unchanged';
  if (!stored) {
    if (!(await stores.deals.insert(deal))) {
      // Another request stored the same external id between our read and our insert.
      return recordDeal(stores, context, lead, draft, now);
    }
    outcome = 'created';
  } else if (!isSameDeal(stored, deal)) {
    await stores.deals.update(deal);
    outcome = 'updated';
  }
  let current = lead;
  const transitions: Transition[] = [];
  for (const move of planDealMoves(current.stage, deal)) {
    const recorded = await recordTransition(stores, context.hooks, current, {
      to: move.to,
      at: move.at,
      now,
      actor: context.actor,
      reason: reasonOf(move, deal),
      playbook: context.playbook,
      live: context.live,
    });
    current = recorded.lead;
    transitions.push(recorded.transition);
  }
  if (context.live && deal.status !== 'open' && stored?.status !== deal.status) {
    const details = {
      dealId: deal.id,
      externalId: deal.externalId,
      name: deal.name,
      amount: amountFromCents(deal.amountCents),
      currency: deal.currency,
      ...(deal.lostReason ? { reason: deal.lostReason } : {}),
    };
    const type = deal.status === 'won' ? 'deal.won' : 'deal.lost';
    await stores.outbox.add(leadEvent(type, current, deal.closedAt ?? now, details), now);
  }
  return {
    deal,
    outcome: outcome === 'unchanged' && transitions.length > 0 ? 'updated' : outcome,
    lead: current,
    transitions,
  };
}

async function ownerOf(
  owner: string | null,
  ownerIdFor: (owner: string) => Promise<string | null>,
): Promise<{ ownerId: string | null; ownerName: string | null }> {
  if (owner === null || owner.trim() === '') {
    return { ownerId: null, ownerName: null };
  }
  const ownerId = await ownerIdFor(owner.trim());
  return { ownerId, ownerName: ownerId === null ? owner.trim() : null };
}

const reasonOf = (move: DealMove, deal: Deal): string =>
  `${move.kind === 'deal_won' ? 'deal won' : 'deal opened'}: ${deal.name ?? deal.externalId ?? deal.id}`;
