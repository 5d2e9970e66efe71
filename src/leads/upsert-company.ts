import { newId } from '../kernel/ids.ts';
import { applyCompanyInput } from './apply-company-input.ts';
import type { Company } from './lead.ts';
import type { CompanyInput } from './lead-input.ts';
import type { CompanyStore } from './lead-store.ts';

/** Finds the company by domain and applies the given attributes, creating it if new. */
export async function upsertCompany(
  stores: { companies: CompanyStore },
  domain: string,
  input: CompanyInput,
  now: number,
): Promise<Company> {
  const stored = await stores.companies.byDomain(domain);
  const company = applyCompanyInput(stored, input, { id: newId(), domain }, now);
  if (stored) {
    await stores.companies.update(company);
    return company;
  }
  if (await stores.companies.insert(company)) {
    return company;
  }
  // Another request created it between our read and our insert: apply on top of theirs.
  return upsertCompany(stores, domain, input, now);
}
