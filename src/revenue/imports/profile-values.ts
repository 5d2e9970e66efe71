import type { CompanyInput } from '../../leads/lead-input.ts';
import { normalizeDomain } from '../../leads/normalize-domain.ts';
import { foldHeader } from './columns.ts';

const COUNTRIES: Record<string, string> = {
  brasil: 'BR',
  brazil: 'BR',
  portugal: 'PT',
  'united states': 'US',
};

/** A country as exports write it, as ISO 3166 alpha-2 when recognisable (`Brasil` → `BR`). */
export function countryCode(value: string): string | undefined {
  const folded = foldHeader(value);
  if (/^[a-z]{2}$/.test(folded)) {
    return folded.toUpperCase();
  }
  return COUNTRIES[folded];
}

/** The company part of an imported person, leaving out what is empty or not valid. */
export function companyOf(values: {
  name?: string;
  website?: string;
  segment?: string;
  employees?: string;
  state?: string;
  country?: string;
}): CompanyInput | undefined {
  const company: CompanyInput = {};
  const domain = values.website ? normalizeDomain(values.website) : null;
  const employees = Number(values.employees?.replace(/[.\s]/g, ''));
  const country = values.country ? countryCode(values.country) : undefined;
  if (values.name) {
    company.name = values.name.slice(0, 200);
  }
  if (domain) {
    company.domain = domain;
  }
  if (values.segment) {
    company.segment = values.segment.slice(0, 100);
  }
  if (values.employees && Number.isInteger(employees) && employees >= 0) {
    company.employees = employees;
  }
  if (values.state && values.state.length <= 50) {
    company.state = values.state;
  }
  if (country) {
    company.country = country;
  }
  return Object.keys(company).length > 0 ? company : undefined;
}

/** LGPD bases as RD Station and HubSpot label them. */
export function legalBasisOf(value: string): string | undefined {
  const folded = foldHeader(value);
  if (folded === '') {
    return undefined;
  }
  if (/legitim/.test(folded)) {
    return 'legitimate_interest';
  }
  if (/contrat/.test(folded)) {
    return 'contract';
  }
  if (/consent/.test(folded)) {
    return 'consent';
  }
  return undefined;
}
