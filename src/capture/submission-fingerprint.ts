import { createHash } from 'node:crypto';
import type { LeadInput } from '../leads/lead-input.ts';

/** A repeat of the same submission within this window counts once (a double click, a resend). */
export const FORM_DEDUPE_WINDOW_MS = 5 * 60 * 1000;

/** JSON with object keys sorted, so that equal values always give equal text. */
const stable = (value: unknown): string => {
  if (Array.isArray(value)) {
    return `[${value.map(stable).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

/**
 * What makes two submissions "the same": the form and everything the lead gets from it,
 * with the e-mail normalized (so `Ana@X.com ` and `ana@x.com` match). Consent's time is
 * left out: it is the submission's time. A SHA-256, so no personal data is kept in clear.
 */
export function submissionFingerprint(formId: string, lead: LeadInput): string {
  const { consent, ...rest } = lead;
  const comparable = { ...rest, consent: consent?.basis ?? null };
  return createHash('sha256')
    .update(`${formId}\n${stable(comparable)}`)
    .digest('base64url');
}
