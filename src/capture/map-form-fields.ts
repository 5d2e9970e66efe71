import { type CaptureForm, PAGE_FIELD, UTM_FIELDS, VISITOR_FIELD } from './form.ts';

/** A submission as posted: field name → value (repeated fields joined with ", "). */
export type FormFields = Record<string, string>;

export interface MappedSubmission {
  /** The lead upsert, unvalidated: `leadInputSchema` checks it. */
  lead: Record<string, unknown>;
  isConsentGiven: boolean;
  isHoneypotFilled: boolean;
  visitorId: string | null;
  pageUrl: string | null;
}

/** Unchecked checkboxes are not posted; these values also mean "no". */
const NO = new Set(['', 'false', '0', 'off', 'no', 'nao', 'não']);

const setPath = (target: Record<string, unknown>, path: string, value: unknown): void => {
  const [head, tail] = path.split(/\.(.*)/s, 2) as [string, string | undefined];
  if (tail === undefined) {
    target[head] = value;
    return;
  }
  const inner = (target[head] ?? {}) as Record<string, unknown>;
  inner[tail] = value;
  target[head] = inner;
};

/**
 * Turns a posted form into a lead upsert by the form's field mapping. Unmapped fields
 * are dropped (LGPD: keep only what the form is for); `utm_*` hidden fields become the
 * source; the consent checkbox, when checked, becomes LGPD consent.
 */
export function mapFormFields(form: CaptureForm, fields: FormFields): MappedSubmission {
  const lead: Record<string, unknown> = {};
  for (const [field, target] of Object.entries(form.fieldMapping)) {
    const value = fields[field]?.trim();
    if (value === undefined || value === '') {
      continue;
    }
    const isNumber = target === 'company.employees' && /^\d+$/.test(value);
    setPath(lead, target, isNumber ? Number(value) : value);
  }
  const source: Record<string, string> = {};
  for (const name of UTM_FIELDS) {
    const value = fields[name]?.trim();
    if (value) {
      source[name === 'utm_source' ? 'channel' : name.slice(4)] = value;
    }
  }
  const pageUrl = fields[PAGE_FIELD]?.trim() || null;
  if (Object.keys(source).length > 0) {
    lead.source = pageUrl ? { ...source, landingPage: pageUrl } : source;
  }
  const consentValue = form.consentField === null ? undefined : fields[form.consentField];
  const isConsentGiven = consentValue !== undefined && !NO.has(consentValue.trim().toLowerCase());
  if (isConsentGiven) {
    lead.consent = { basis: 'consent' };
  }
  const honeypot = form.honeypotField === null ? '' : (fields[form.honeypotField] ?? '');
  return {
    lead,
    isConsentGiven,
    isHoneypotFilled: honeypot.trim() !== '',
    visitorId: fields[VISITOR_FIELD]?.trim() || null,
    pageUrl,
  };
}

/** The form field that fills `target`, to name it in error messages. */
export const fieldFor = (form: CaptureForm, target: string): string =>
  Object.entries(form.fieldMapping).find(([, mapped]) => mapped === target)?.[0] ?? target;
