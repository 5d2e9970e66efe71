/**
 * Normalizes an e-mail address for identity: trimmed and lower-cased.
 * Returns null when the value is not a plausible address (one `@`, a dotted domain,
 * no spaces, at most 254 characters as RFC 5321 allows).
 *
 * @example normalizeEmail(' Ana@Example.com ') // 'ana@example.com'
 */
export function normalizeEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) {
    return null;
  }
  return email;
}

// Local part: printable characters without spaces or a second `@`; domain: labels of
// letters, digits and hyphens (IDNs arrive punycoded or as Unicode letters), with a TLD.
const EMAIL_PATTERN =
  /^[^\s@"(),:;<>[\\\]]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$/u;

/** The part after the `@` of an already normalized address. */
export const emailDomain = (email: string): string => email.slice(email.lastIndexOf('@') + 1);
