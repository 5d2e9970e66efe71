import { newId } from '../kernel/ids.ts';
import type { Cost, CostKey, CostStore } from './cost.ts';

export interface CostDraft extends CostKey {
  amountCents: number;
  currency: string;
}

/**
 * Sets what was spent on a month, channel and campaign: creates the row or replaces its
 * amount. Posting the same values again changes nothing (`unchanged`).
 *
 * @example await upsertCost(stores, { month: '2026-03', channel: 'paid_search', campaign: null, amountCents: 1_500_00, currency: 'BRL' }, now)
 */
export async function upsertCost(
  stores: { costs: CostStore },
  draft: CostDraft,
  now: number,
): Promise<{ cost: Cost; outcome: 'created' | 'updated' | 'unchanged' }> {
  const key: CostKey = { month: draft.month, channel: draft.channel, campaign: draft.campaign || null };
  const stored = await stores.costs.byKey(key);
  if (stored) {
    if (stored.amountCents === draft.amountCents && stored.currency === draft.currency) {
      return { cost: stored, outcome: 'unchanged' };
    }
    const cost = { ...stored, amountCents: draft.amountCents, currency: draft.currency, updatedAt: now };
    await stores.costs.update(cost);
    return { cost, outcome: 'updated' };
  }
  const cost: Cost = {
    id: newId(),
    ...key,
    amountCents: draft.amountCents,
    currency: draft.currency,
    createdAt: now,
    updatedAt: now,
  };
  if (await stores.costs.insert(cost)) {
    return { cost, outcome: 'created' };
  }
  // Lost a race with a concurrent insert of the same key: apply on top of it.
  return upsertCost(stores, draft, now);
}
