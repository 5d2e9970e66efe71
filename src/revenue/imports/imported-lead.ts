import type { Consent, CustomFields, Lead, Stage, Touch } from '../../leads/lead.ts';
import type { CompanyInput } from '../../leads/lead-input.ts';
import { normalizePhone } from '../../leads/normalize-phone.ts';

/** A person as an export describes it, already checked. Undefined fields keep what is stored. */
export interface ImportedLead {
  /** The id the source gives the person (Olist `mql_id`, HubSpot Record ID), when it has one. */
  key: { source: string; externalId: string } | null;
  /** A Bastão lead id (a deals file that names leads by id): the lead must exist. */
  leadId?: string;
  /** Normalized (trimmed, lower-cased), or null when the source has none (Olist). */
  email: string | null;
  name?: string | null;
  phone?: string | null;
  jobTitle?: string | null;
  company?: CompanyInput;
  firstTouch?: Touch;
  lastTouch?: Touch;
  /** An undated source (a CSV without dates): the first and last touch of a lead that has none yet. */
  source?: Omit<Touch, 'at'>;
  /** LGPD basis; `givenAt` defaults to when the person was first seen. The stored consent stays when the basis is the same. */
  consent?: { basis: string; givenAt?: number };
  /** The owner in the source: a Bastão user's e-mail or name becomes the lead's owner. */
  owner?: string | null;
  fields?: CustomFields;
  /** When the source first saw the person (the lead's creation time if it is new). */
  createdAt?: number;
  /** Stages the person reached, and when (an export's lifecycle columns). */
  stages?: { stage: Stage; at: number }[];
  /** False when the record only adds to a lead imported before (a deals file): no match, no lead. */
  createIfMissing?: boolean;
}

const earliest = (a: Touch | null, b: Touch | undefined): Touch | null => (b && (!a || b.at < a.at) ? b : a);
const newest = (a: Touch | null, b: Touch | undefined): Touch | null => (b && (!a || b.at > a.at) ? b : a);
const pick = (value: string | null | undefined, stored: string | null): string | null =>
  value === undefined ? stored : value || null;

/**
 * The lead after an imported record is applied: given values overwrite, omitted ones
 * stay; custom fields merge key by key; the earliest first touch and newest last touch
 * win; the lead is as old as the oldest sighting. Stage and score are left alone (stages
 * move through transitions). A new lead starts as `lead` when the source first saw it.
 */
export function applyImportedLead(
  stored: Lead | undefined,
  record: ImportedLead,
  ids: { id: string; companyId: string | null; ownerId: string | null },
  now: number,
): Lead {
  const seenAt = record.createdAt ?? record.firstTouch?.at ?? now;
  const createdAt = Math.min(stored?.createdAt ?? seenAt, seenAt);
  const neverMoved = !stored || (stored.stage === 'lead' && stored.stageEnteredAt === stored.createdAt);
  const phone = pick(record.phone, stored?.phone ?? null);
  return {
    id: stored?.id ?? ids.id,
    email: stored?.email ?? record.email,
    name: pick(record.name, stored?.name ?? null),
    phone,
    phoneE164: phone === null ? null : normalizePhone(phone),
    jobTitle: pick(record.jobTitle, stored?.jobTitle ?? null),
    companyId: ids.companyId ?? stored?.companyId ?? null,
    companyName: record.company?.name || stored?.companyName || null,
    stage: stored?.stage ?? 'lead',
    stageEnteredAt: neverMoved ? createdAt : (stored?.stageEnteredAt ?? createdAt),
    score: stored?.score ?? null,
    ownerId: stored?.ownerId ?? ids.ownerId,
    queue: stored?.queue ?? null,
    assignedAt: stored?.assignedAt ?? null,
    firstTouch: earliest(stored?.firstTouch ?? null, record.firstTouch) ?? undated(record, createdAt),
    lastTouch:
      newest(stored?.lastTouch ?? null, record.lastTouch ?? record.firstTouch) ?? undated(record, createdAt),
    consent: consentOf(stored?.consent ?? null, record.consent, createdAt),
    fields: { ...(stored?.fields ?? {}), ...(record.fields ?? {}) },
    createdAt,
    updatedAt: now,
  };
}

const undated = (record: ImportedLead, at: number): Touch | null =>
  record.source ? { ...record.source, at } : null;

function consentOf(
  stored: Consent | null,
  given: ImportedLead['consent'],
  createdAt: number,
): Consent | null {
  if (!given || stored?.basis === given.basis) {
    return stored;
  }
  return { basis: given.basis, givenAt: given.givenAt ?? createdAt };
}

/** Whether applying a record changed anything but the update time. */
export const isSameLead = (a: Lead, b: Lead): boolean =>
  JSON.stringify({ ...a, updatedAt: 0 }) === JSON.stringify({ ...b, updatedAt: 0 });
