import type { ApiTokensTable, SessionsTable, UsersTable } from './schema/access.ts';
import type {
  FormSubmissionsTable,
  FormsTable,
  InstanceSecretsTable,
  SitesTable,
  VisitorEventsTable,
  VisitorsTable,
} from './schema/capture.ts';
import type {
  CompaniesTable,
  EventsTable,
  LeadEmailAliasesTable,
  LeadExternalIdsTable,
  LeadMergesTable,
  LeadsTable,
} from './schema/leads.ts';
import type { DeliveriesTable, DeliveryAttemptsTable, OutboxTable, WebhooksTable } from './schema/notify.ts';
import type {
  ActivitiesTable,
  AssignmentsTable,
  DecisionsTable,
  PlaybookVersionsTable,
  RoutingCountersTable,
  SlaClocksTable,
  TasksTable,
  TransitionsTable,
} from './schema/relay.ts';
import type { CostsTable, DealsTable } from './schema/revenue.ts';

export type * from './schema/access.ts';
export type * from './schema/capture.ts';
export type * from './schema/leads.ts';
export type * from './schema/notify.ts';
export type * from './schema/relay.ts';
export type * from './schema/revenue.ts';

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
