// People and companies, their aliases, merges, ids in other systems and their events.

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

export interface LeadExternalIdsTable {
  /** The system that gave the id: `olist`, `hubspot`, `rdstation`, … */
  source: string;
  external_id: string;
  lead_id: string;
  created_at: number;
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
