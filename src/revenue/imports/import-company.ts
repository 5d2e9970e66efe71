import { newId } from '../../kernel/ids.ts';
import { applyCompanyInput } from '../../leads/apply-company-input.ts';
import { isFreeMailDomain } from '../../leads/free-mail-domains.ts';
import type { CompanyStore } from '../../leads/lead-store.ts';
import { emailDomain } from '../../leads/normalize-email.ts';
import type { ImportedLead } from './imported-lead.ts';

/**
 * The company of an imported person, by domain (given, or the e-mail's unless it is free
 * mail), written only when something differs: an import run twice changes nothing.
 */
export async function importCompany(
  stores: { companies: CompanyStore },
  record: ImportedLead,
  now: number,
): Promise<string | null> {
  const fromEmail = record.email ? emailDomain(record.email) : '';
  const domain = record.company?.domain ?? (fromEmail && !isFreeMailDomain(fromEmail) ? fromEmail : null);
  if (!domain) {
    return null;
  }
  const stored = await stores.companies.byDomain(domain);
  const company = applyCompanyInput(stored, record.company ?? {}, { id: newId(), domain }, now);
  if (!stored) {
    // A false insert lost a race with another writer of the same domain: use theirs.
    return (await stores.companies.insert(company))
      ? company.id
      : ((await stores.companies.byDomain(domain))?.id ?? null);
  }
  if (JSON.stringify({ ...stored, updatedAt: 0 }) !== JSON.stringify({ ...company, updatedAt: 0 })) {
    await stores.companies.update(company);
  }
  return stored.id;
}
