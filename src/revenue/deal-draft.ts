import type { CustomFields } from '../leads/lead.ts';
import type { Deal, DealStatus } from './deal.ts';

/**
 * A deal as a source reports it, checked and in cents: what the API, CSV files and CRM
 * imports all turn their input into. Fields left undefined keep the stored value.
 */
export interface DealDraft {
  externalId: string | null;
  name?: string | null;
  amountCents: number;
  currency: string;
  status: DealStatus;
  createdAt?: number;
  closedAt?: number;
  lostReason?: string | null;
  /** A Bastão user's e-mail, or the owner's name in the source. */
  owner?: string | null;
  fields?: CustomFields;
}

/**
 * The deal after a draft is applied to what is stored (or to nothing). A deal is created
 * at the draft's `createdAt`, else at its close, else now; a closed deal without a close
 * date closes now; reopening clears the close; `lostReason` only stays on a lost deal.
 */
export function applyDealDraft(
  stored: Deal | undefined,
  draft: DealDraft,
  ids: { id: string; leadId: string; owner?: { ownerId: string | null; ownerName: string | null } },
  now: number,
): Deal {
  const isOpen = draft.status === 'open';
  const keptClose = stored?.status === draft.status ? stored.closedAt : null;
  const closedAt = isOpen ? null : (draft.closedAt ?? keptClose ?? now);
  const createdAt = draft.createdAt ?? stored?.createdAt ?? Math.min(now, closedAt ?? now);
  return {
    id: stored?.id ?? ids.id,
    externalId: draft.externalId ?? stored?.externalId ?? null,
    leadId: ids.leadId,
    name: draft.name === undefined ? (stored?.name ?? null) : draft.name,
    amountCents: draft.amountCents,
    currency: draft.currency,
    status: draft.status,
    createdAt,
    closedAt,
    lostReason: draft.status === 'lost' ? (draft.lostReason ?? stored?.lostReason ?? null) : null,
    ownerId: ids.owner ? ids.owner.ownerId : (stored?.ownerId ?? null),
    ownerName: ids.owner ? ids.owner.ownerName : (stored?.ownerName ?? null),
    fields: { ...(stored?.fields ?? {}), ...(draft.fields ?? {}) },
    recordedAt: stored?.recordedAt ?? now,
    updatedAt: now,
  };
}

/** Whether applying a draft changed anything but the update time. */
export const isSameDeal = (a: Deal, b: Deal): boolean =>
  JSON.stringify({ ...a, updatedAt: 0 }) === JSON.stringify({ ...b, updatedAt: 0 });
