import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * The E.164 form of a phone number as people type it, Brazil by default:
 * `(11) 98765-4321` → `+5511987654321`. Null when it is not a valid number.
 */
export function normalizePhone(raw: string, defaultCountry: 'BR' | 'US' | 'PT' = 'BR'): string | null {
  const parsed = parsePhoneNumberFromString(raw, defaultCountry);
  return parsed?.isValid() ? parsed.number : null;
}
