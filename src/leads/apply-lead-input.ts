import type { Lead, Touch } from './lead.ts';
import type { LeadInput, SourceInput } from './lead-input.ts';
import { normalizePhone } from './normalize-phone.ts';

const orNull = (value: string | null | undefined): string | null =>
  value === undefined || value === null || value === '' ? null : value;

/** Keeps the stored value when the input leaves a field out; `null` or "" clears it. */
const pick = (input: string | null | undefined, stored: string | null): string | null =>
  input === undefined ? stored : orNull(input);

export function touchFrom(source: SourceInput, now: number): Touch {
  return {
    channel: orNull(source.channel),
    campaign: orNull(source.campaign),
    medium: orNull(source.medium),
    content: orNull(source.content),
    term: orNull(source.term),
    landingPage: orNull(source.landingPage),
    referrer: orNull(source.referrer),
    at: source.at ?? now,
  };
}

/**
 * Applies an upsert to a lead: given fields overwrite, omitted ones stay; custom fields
 * merge key by key; the first touch is kept forever and the last touch follows the
 * newest source; the phone is kept as typed plus its E.164 form.
 */
export function applyLeadInput(
  stored: Lead | undefined,
  input: LeadInput,
  ids: { id: string; companyId: string | null },
  now: number,
): Lead {
  const phone = pick(input.phone, stored?.phone ?? null);
  const touch = input.source ? touchFrom(input.source, now) : null;
  const firstTouch = stored?.firstTouch ?? touch;
  const lastTouch =
    touch && (!stored?.lastTouch || touch.at >= stored.lastTouch.at) ? touch : (stored?.lastTouch ?? null);
  return {
    id: stored?.id ?? ids.id,
    // A merged-away address resolves to the survivor: keep the survivor's primary e-mail.
    email: stored?.email ?? input.email,
    name: pick(input.name, stored?.name ?? null),
    phone,
    phoneE164: phone === null ? null : normalizePhone(phone),
    jobTitle: pick(input.jobTitle, stored?.jobTitle ?? null),
    companyId: ids.companyId ?? stored?.companyId ?? null,
    companyName: orNull(input.company?.name) ?? stored?.companyName ?? null,
    stage: stored?.stage ?? 'lead',
    stageEnteredAt: stored?.stageEnteredAt ?? now,
    score: stored?.score ?? null,
    ownerId: stored?.ownerId ?? null,
    queue: stored?.queue ?? null,
    assignedAt: stored?.assignedAt ?? null,
    firstTouch: firstTouch && touch && touch.at < firstTouch.at ? touch : firstTouch,
    lastTouch,
    consent: input.consent
      ? { basis: input.consent.basis, givenAt: input.consent.givenAt ?? now }
      : (stored?.consent ?? null),
    fields: { ...(stored?.fields ?? {}), ...(input.fields ?? {}) },
    createdAt: stored?.createdAt ?? now,
    updatedAt: now,
  };
}
