/**
 * The tables as Kysely sees them. Times are epoch milliseconds (bigint on PostgreSQL,
 * integer on SQLite, read back as numbers on both); JSON is stored as text; booleans
 * as 0/1 integers, so both engines hold the same values.
 */
export interface Database {
  users: UsersTable;
  api_tokens: ApiTokensTable;
  companies: CompaniesTable;
  leads: LeadsTable;
  lead_email_aliases: LeadEmailAliasesTable;
  lead_merges: LeadMergesTable;
  events: EventsTable;
  playbook_versions: PlaybookVersionsTable;
  transitions: TransitionsTable;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string | null;
  is_active: number;
  created_at: number;
  updated_at: number;
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
