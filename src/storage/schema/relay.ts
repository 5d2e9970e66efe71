// The playbook in force and what it decides: stage changes, assignments, SLA clocks, the rep's work.

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
