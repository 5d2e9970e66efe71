import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them. Times are epoch milliseconds (bigint on PostgreSQL,
 * integer on SQLite, read back as numbers on both); JSON is stored as text; booleans
 * as 0/1 integers, so both engines hold the same values.
 */
export interface Database {
  users: UsersTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  companies: CompaniesTable;
  leads: LeadsTable;
  lead_email_aliases: LeadEmailAliasesTable;
  lead_merges: LeadMergesTable;
  events: EventsTable;
  playbook_versions: PlaybookVersionsTable;
  transitions: TransitionsTable;
  routing_counters: RoutingCountersTable;
  assignments: AssignmentsTable;
  sla_clocks: SlaClocksTable;
  activities: ActivitiesTable;
  tasks: TasksTable;
  decisions: DecisionsTable;
  outbox: OutboxTable;
  webhooks: WebhooksTable;
  deliveries: DeliveriesTable;
  delivery_attempts: DeliveryAttemptsTable;
  sites: SitesTable;
  forms: FormsTable;
  visitors: VisitorsTable;
  visitor_events: VisitorEventsTable;
  form_submissions: FormSubmissionsTable;
  instance_secrets: InstanceSecretsTable;
  deals: DealsTable;
  costs: CostsTable;
  lead_external_ids: LeadExternalIdsTable;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string | null;
  is_active: Generated<number>;
  created_at: number;
  updated_at: number;
  team: string | null;
  /** JSON array of states or region names. */
  regions: Generated<string>;
  weight: Generated<number>;
  capacity: number | null;
  /** JSON array of `{ from, to }` epoch ms. */
  out_of_office: Generated<string>;
  /** JSON array of team names this user manages. */
  manages: Generated<string>;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  role: string;
  user_id: string | null;
  token_hash: string;
  token_prefix: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  user_agent: string | null;
}

export interface CompaniesTable {
  id: string;
  domain: string | null;
  name: string | null;
  segment: string | null;
  size: string | null;
  employees: number | null;
  region: string | null;
  state: string | null;
  country: string | null;
  owner_id: string | null;
  fields: string;
  created_at: number;
  updated_at: number;
}

export interface LeadsTable {
  id: string;
  email: string | null;
  name: string | null;
  phone: string | null;
  phone_e164: string | null;
  job_title: string | null;
  company_id: string | null;
  company_name: string | null;
  stage: string;
  owner_id: string | null;
  channel: string | null;
  campaign: string | null;
  first_touch: string | null;
  last_touch: string | null;
  consent_basis: string | null;
  consent_given_at: number | null;
  fields: string;
  search_text: string;
  merged_into_id: string | null;
  created_at: number;
  updated_at: number;
  fit: number | null;
  grade: string | null;
  engagement: number | null;
  scored_at: number | null;
  score_playbook_version: number | null;
  stage_entered_at: number | null;
  queue: string | null;
  assigned_at: number | null;
}

export interface LeadEmailAliasesTable {
  email: string;
  lead_id: string;
  created_at: number;
}

export interface LeadMergesTable {
  id: string;
  survivor_id: string;
  merged_id: string;
  merged_snapshot: string;
  actor: string;
  at: number;
}

export interface EventsTable {
  id: string;
  lead_id: string;
  type: string;
  occurred_at: number;
  received_at: number;
  props: string;
  idempotency_key: string | null;
}

export interface PlaybookVersionsTable {
  version: number;
  source: string;
  document: string;
  created_at: number;
  created_by: string;
  note: string | null;
}

export interface TransitionsTable {
  id: string;
  lead_id: string;
  from_stage: string | null;
  to_stage: string;
  at: number;
  actor: string;
  reason: string;
  playbook_version: number | null;
  recorded_at: number;
}

export interface RoutingCountersTable {
  key: string;
  credits: number;
}

export interface AssignmentsTable {
  id: string;
  lead_id: string;
  user_id: string | null;
  queue: string | null;
  rule_id: string;
  /** JSON array of the candidates considered and why each was or was not eligible. */
  candidates: string;
  at: number;
  actor: string;
  playbook_version: number | null;
}

export interface SlaClocksTable {
  id: string;
  lead_id: string;
  owner_id: string | null;
  kind: string;
  started_at: number;
  due_at: number;
  warn_at: number | null;
  warned_at: number | null;
  met_at: number | null;
  breached_at: number | null;
  escalated_at: number | null;
  stopped_at: number | null;
  stop_reason: string | null;
  playbook_version: number | null;
}

export interface ActivitiesTable {
  id: string;
  lead_id: string;
  user_id: string | null;
  actor: string;
  channel: string;
  outcome: string;
  occurred_at: number;
  note: string | null;
  objection: string | null;
  duration_seconds: number | null;
  recorded_at: number;
}

export interface TasksTable {
  id: string;
  lead_id: string;
  owner_id: string | null;
  step: number;
  day: number;
  channel: string;
  label: string;
  due_at: number;
  done_at: number | null;
  activity_id: string | null;
  cancelled_at: number | null;
}

export interface DecisionsTable {
  id: string;
  lead_id: string;
  user_id: string | null;
  actor: string;
  decision: string;
  reason_code: string | null;
  note: string | null;
  to_stage: string;
  channel: string | null;
  campaign: string | null;
  at: number;
}

export interface OutboxTable {
  id: string;
  topic: string;
  payload: string;
  occurred_at: number;
  created_at: number;
  dispatched_at: number | null;
}

export interface WebhooksTable {
  id: string;
  name: string;
  url: string;
  /** JSON array of event types, or `["*"]` for all. */
  events: string;
  /** Signs the bodies; null sends them unsigned (chat tools do not check). */
  secret: string | null;
  format: string;
  is_active: number;
  created_at: number;
  created_by: string;
  updated_at: number;
}

export interface DeliveriesTable {
  id: string;
  /** Null for a test delivery, which has no outbox message. */
  outbox_id: string | null;
  /** Null for e-mail. */
  webhook_id: string | null;
  channel: string;
  /** A URL (webhook) or an e-mail address. */
  target: string;
  event_type: string;
  /** The exact body sent on every attempt (e-mail: JSON of subject, text and html). */
  body: string;
  /** JSON object of the headers sent on every attempt. */
  headers: string;
  status: string;
  attempts: number;
  next_attempt_at: number | null;
  /** A sender holds the delivery until then; past it, another process may claim it. */
  lease_until: number | null;
  last_status_code: number | null;
  last_error: string | null;
  last_attempt_at: number | null;
  delivered_at: number | null;
  created_at: number;
}

export interface DeliveryAttemptsTable {
  delivery_id: string;
  attempt: number;
  at: number;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}

export interface DealsTable {
  id: string;
  /** The CRM's / ERP's id of the deal: upserts match on it. */
  external_id: string | null;
  lead_id: string;
  name: string | null;
  /** Money as integer cents (no float sums). */
  amount_cents: number;
  currency: string;
  /** `open` | `won` | `lost`. */
  status: string;
  /** When the deal was created in its system (epoch ms). */
  created_at: number;
  closed_at: number | null;
  lost_reason: string | null;
  /** A Bastão user, when the deal's owner is one. */
  owner_id: string | null;
  /** The owner as the source names it when not a Bastão user (e.g. Olist's SR id). */
  owner_name: string | null;
  fields: string;
  recorded_at: number;
  updated_at: number;
}

export interface CostsTable {
  id: string;
  /** `YYYY-MM`. */
  month: string;
  channel: string;
  /** '' for a cost of the whole channel (so the unique key works on both engines). */
  campaign: string;
  amount_cents: number;
  currency: string;
  created_at: number;
  updated_at: number;
}

export interface LeadExternalIdsTable {
  /** The system that gave the id: `olist`, `hubspot`, `rdstation`, … */
  source: string;
  external_id: string;
  lead_id: string;
  created_at: number;
}

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
