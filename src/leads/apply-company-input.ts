import type { Company } from './lead.ts';
import type { CompanyInput } from './lead-input.ts';

/** Given company attributes overwrite the stored ones; omitted ones stay. */
export function applyCompanyInput(
  stored: Company | undefined,
  input: CompanyInput,
  ids: { id: string; domain: string | null },
  now: number,
): Company {
  return {
    id: stored?.id ?? ids.id,
    domain: stored?.domain ?? ids.domain,
    name: input.name || stored?.name || null,
    segment: input.segment || stored?.segment || null,
    size: input.size || stored?.size || null,
    employees: input.employees ?? stored?.employees ?? null,
    region: input.region || stored?.region || null,
    state: input.state?.toUpperCase() || stored?.state || null,
    country: input.country?.toUpperCase() || stored?.country || null,
    ownerId: stored?.ownerId ?? null,
    fields: stored?.fields ?? {},
    createdAt: stored?.createdAt ?? now,
    updatedAt: now,
  };
}
