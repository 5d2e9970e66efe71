// Website and e-mail capture: sites, forms, anonymous visitors, and instance secrets.

export interface SitesTable {
  id: string;
  name: string;
  public_key: string;
  /** JSON array of origins, e.g. `["https://www.acme.com.br"]`. */
  allowed_origins: string;
  created_at: number;
  updated_at: number;
}

export interface FormsTable {
  id: string;
  key: string;
  site_id: string | null;
  name: string;
  /** JSON object: form field name → lead field. */
  field_mapping: string;
  honeypot_field: string | null;
  consent_field: string | null;
  redirect_url: string | null;
  created_at: number;
  updated_at: number;
}

export interface VisitorsTable {
  site_id: string;
  /** The snippet's anonymous id. */
  id: string;
  lead_id: string | null;
  /** JSON touches (the lead's `Touch` shape). */
  first_touch: string | null;
  last_touch: string | null;
  created_at: number;
  last_seen_at: number;
}

export interface VisitorEventsTable {
  id: string;
  site_id: string;
  visitor_id: string;
  client_id: string;
  type: string;
  occurred_at: number;
  received_at: number;
  props: string;
}

export interface FormSubmissionsTable {
  /** SHA-256 of the form and the submitted lead data: no personal data in clear. */
  fingerprint: string;
  form_id: string;
  at: number;
}

export interface InstanceSecretsTable {
  name: string;
  value: string;
  created_at: number;
}
