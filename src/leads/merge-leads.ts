import { AppError } from '../kernel/app-error.ts';
import type { Lead } from './lead.ts';
import type { CompanyStore, LeadOwnedRows, LeadStore } from './lead-store.ts';

/**
 * Folds `other` into `survivor`: the survivor's values win, gaps are filled from the
 * other, custom fields are united, the earliest first touch and newest last touch stay.
 */
export function mergeLeadRecords(survivor: Lead, other: Lead, now: number): Lead {
  const earliest = [survivor.firstTouch, other.firstTouch]
    .filter((t) => t !== null)
    .sort((a, b) => a.at - b.at)[0];
  const newest = [survivor.lastTouch, other.lastTouch]
    .filter((t) => t !== null)
    .sort((a, b) => b.at - a.at)[0];
  const newestConsent = [survivor.consent, other.consent]
    .filter((c) => c !== null)
    .sort((a, b) => b.givenAt - a.givenAt)[0];
  return {
    ...survivor,
    name: survivor.name ?? other.name,
    phone: survivor.phone ?? other.phone,
    phoneE164: survivor.phone === null ? other.phoneE164 : survivor.phoneE164,
    jobTitle: survivor.jobTitle ?? other.jobTitle,
    companyId: survivor.companyId ?? other.companyId,
    companyName: survivor.companyName ?? other.companyName,
    ownerId: survivor.ownerId ?? other.ownerId,
    firstTouch: earliest ?? null,
    lastTouch: newest ?? null,
    consent: newestConsent ?? null,
    fields: { ...other.fields, ...survivor.fields },
    createdAt: Math.min(survivor.createdAt, other.createdAt),
    updatedAt: now,
  };
}

/** The stores a merge touches: every table keyed by lead moves its rows to the survivor. */
export interface MergeStores {
  leads: LeadStore;
  companies: CompanyStore;
  leadOwnedRows: readonly LeadOwnedRows[];
}

/**
 * Merges lead `otherId` into lead `survivorId` (same person, two records). The other's
 * timeline and history move to the survivor, its e-mail becomes an alias that still
 * finds the survivor, and a snapshot of it is kept in `lead_merges`: nothing is lost.
 */
export async function mergeLeads(
  stores: MergeStores,
  input: { survivorId: string; otherId: string; actor: string },
  now: number,
): Promise<{ lead: Lead; moved: number }> {
  const survivor = await stores.leads.byId(input.survivorId);
  if (!survivor) {
    throw new AppError('lead_not_found', `No lead with id ${input.survivorId}.`);
  }
  const other = await stores.leads.byId(input.otherId);
  if (!other) {
    throw new AppError('lead_not_found', `No lead with id ${input.otherId}.`);
  }
  if (other.id === survivor.id) {
    throw new AppError('conflict', 'Both ids are the same lead (or one was already merged into the other).');
  }
  const merged = mergeLeadRecords(survivor, other, now);
  let moved = 0;
  for (const rows of stores.leadOwnedRows) {
    moved += await rows.reassignLead(other.id, survivor.id);
  }
  await stores.leads.retire({
    mergedId: other.id,
    survivorId: survivor.id,
    snapshot: other,
    actor: input.actor,
    at: now,
  });
  await stores.leads.update(merged);
  return { lead: merged, moved };
}
