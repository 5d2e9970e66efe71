/**
 * A form whose submissions become leads: posted by a plain HTML form or JSON to
 * `/f/:key`, or copied there by the snippet from a `data-bastao-form` form.
 */
export interface CaptureForm {
  id: string;
  /** In the URL: `/f/contato`. */
  key: string;
  /** The site whose visitors fill it in: anonymous history merges, `Origin` is checked. */
  siteId: string | null;
  name: string;
  /** Form field name → lead field (`email`, `name`, `company.name`, `fields.seats`, …). */
  fieldMapping: Record<string, FieldTarget>;
  /** A field people never see; a bot that fills it in is answered as usual, and nothing is stored. */
  honeypotField: string | null;
  /** A checkbox: checked = LGPD consent (`basis: consent`) given at submission time. */
  consentField: string | null;
  /** Where a plain HTML post is sent afterwards (303); none = a short thank-you page. */
  redirectUrl: string | null;
  createdAt: number;
  updatedAt: number;
}

/** The lead fields a form field can fill. `fields.<key>` fills a custom field. */
export const LEAD_TARGETS = [
  'email',
  'name',
  'phone',
  'jobTitle',
  'company.name',
  'company.domain',
  'company.segment',
  'company.size',
  'company.employees',
  'company.region',
  'company.state',
  'company.country',
] as const;

export type FieldTarget = (typeof LEAD_TARGETS)[number] | `fields.${string}`;

export const CUSTOM_TARGET = /^fields\.[A-Za-z0-9_]{1,60}$/;

export const isFieldTarget = (value: string): value is FieldTarget =>
  (LEAD_TARGETS as readonly string[]).includes(value) || CUSTOM_TARGET.test(value);

/** The mapping of a form created without one: fields named like the lead's. */
export const DEFAULT_FIELD_MAPPING: Record<string, FieldTarget> = {
  email: 'email',
  name: 'name',
  phone: 'phone',
  jobTitle: 'jobTitle',
  company: 'company.name',
};

/** Hidden fields read as the touch's UTM parameters, whatever the mapping says. */
export const UTM_FIELDS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term'] as const;

/** Fields the snippet adds when it forwards a form: the visitor and the page. */
export const VISITOR_FIELD = '_bastao_vid';
export const PAGE_FIELD = '_bastao_url';
