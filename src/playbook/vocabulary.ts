/**
 * The playbook's words that the web app's editor offers too: plain lists, no zod, so the
 * browser bundle imports them from here instead of keeping copies.
 */

/** Lead and company attributes a fit rule may read (custom fields through `fields.<key>`). */
export const FIT_FIELDS = [
  'jobTitle',
  'email',
  'name',
  'phone',
  'channel',
  'company.segment',
  'company.size',
  'company.employees',
  'company.state',
  'company.region',
  'company.country',
  'company.domain',
] as const;
export type FitField = (typeof FIT_FIELDS)[number];

/**
 * How a rule compares a field with what the playbook says. Text comparisons ignore case
 * and accents; `contains` looks for each keyword at the start of a word (so `cto` does not
 * match `director`), or anywhere when the keyword starts with a symbol (`/pricing`).
 */
export const OPERATORS = ['equals', 'in', 'contains', 'range', 'exists'] as const;
export type Operator = (typeof OPERATORS)[number];

/** Where a rejected lead goes. */
export const REJECTION_TARGETS = ['nurture', 'disqualified'] as const;
