import { newId } from '../kernel/ids.ts';
import { applyLeadInput } from './apply-lead-input.ts';
import { companyDomainFor } from './company-domain-for.ts';
import type { Lead } from './lead.ts';
import type { LeadInput } from './lead-input.ts';
import type { CompanyStore, LeadStore } from './lead-store.ts';
import { upsertCompany } from './upsert-company.ts';

export interface UpsertLeadResult {
  lead: Lead;
  created: boolean;
}

/**
 * Creates or updates the lead that owns `input.email` (one person, one lead) and links
 * it to its company by domain. Runs inside the caller's transaction.
 *
 * @example await db.transaction((s) => upsertLead(s, { email: 'ana@acme.com.br' }, clock.now()));
 */
export async function upsertLead(
  stores: { leads: LeadStore; companies: CompanyStore },
  input: LeadInput,
  now: number,
): Promise<UpsertLeadResult> {
  const domain = companyDomainFor(input);
  const company = domain === null ? null : await upsertCompany(stores, domain, input.company ?? {}, now);
  const stored = await stores.leads.byEmail(input.email);
  const lead = applyLeadInput(stored, input, { id: newId(), companyId: company?.id ?? null }, now);
  lead.companyName ??= company?.name ?? null;
  if (stored) {
    await stores.leads.update(lead);
    return { lead, created: false };
  }
  if (await stores.leads.insert(lead)) {
    return { lead, created: true };
  }
  // Lost a race with a concurrent insert of the same e-mail: update the winner instead.
  return upsertLead(stores, input, now);
}
