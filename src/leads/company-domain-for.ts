import { isFreeMailDomain } from './free-mail-domains.ts';
import type { LeadInput } from './lead-input.ts';
import { emailDomain } from './normalize-email.ts';

/**
 * The (normalized) domain that links a lead to its company: the company's own domain when given,
 * else the e-mail's domain unless it is a free-mail provider (gmail, uol, …).
 */
export function companyDomainFor(input: Pick<LeadInput, 'email' | 'company'>): string | null {
  if (input.company?.domain) {
    return input.company.domain;
  }
  const fromEmail = emailDomain(input.email);
  return isFreeMailDomain(fromEmail) ? null : fromEmail;
}
