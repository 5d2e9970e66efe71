/*
 * The playbook's vocabulary, as the server defines it (src/playbook/*-schema.ts,
 * src/events/event.ts, src/handoff, src/sla). test/web/playbook-vocab.test.ts keeps these
 * copies equal to the server's lists.
 */
export const STAGES = ['lead', 'mql', 'sql', 'opportunity', 'customer', 'nurture', 'disqualified'] as const;
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
export const OPERATORS = ['equals', 'in', 'contains', 'range', 'exists'] as const;
export type Operator = (typeof OPERATORS)[number];
export const EVENT_TYPES = [
  'page_view',
  'email_open',
  'email_click',
  'email_bounce',
  'email_unsubscribe',
  'form_submit',
  'download',
  'webinar',
  'demo_request',
  'proposal_request',
  'whatsapp_message',
  'custom',
] as const;
export const GRADES = ['A', 'B', 'C', 'D'] as const;
export const DECAY_MODES = ['none', 'half_life', 'expire'] as const;
export const REJECTION_TARGETS = ['nurture', 'disqualified'] as const;
export const ACTIVITY_CHANNELS = ['call', 'whatsapp', 'email', 'meeting'] as const;
export const CADENCE_CHANNELS = ['call', 'whatsapp', 'email'] as const;
export const CLOCK_KINDS = ['first_touch', 'attempts', 'decision'] as const;
export const HOLIDAY_TYPES = ['public', 'bank', 'optional'] as const;
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Options of a select from a list and its labels: "Cargo (jobTitle)". */
export const optionsOf = (values: readonly string[], labels: Record<string, string>, withCode = false) =>
  values.map((value) => ({
    value,
    label: withCode ? `${labels[value] ?? value} (${value})` : (labels[value] ?? value),
  }));
