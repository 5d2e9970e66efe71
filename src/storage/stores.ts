import type { Kysely } from 'kysely';
import type { AccessStore } from '../access/user.ts';
import type { FormStore, InstanceSecretStore, SiteStore, VisitorStore } from '../capture/capture-store.ts';
import type { EventStore } from '../events/event-store.ts';
import type { TimelineStore } from '../events/timeline.ts';
import type { HandoffStore } from '../handoff/handoff-store.ts';
import type { Clock } from '../kernel/clock.ts';
import type { Transactor } from '../kernel/transactor.ts';
import type { KpiStore } from '../kpi/kpi-store.ts';
import type { CompanyStore, LeadOwnedRows, LeadStore } from '../leads/lead-store.ts';
import type { TransitionStore } from '../lifecycle/transition-store.ts';
import type { DeliveryStore } from '../notify/delivery-store.ts';
import type { OutboxStore } from '../notify/outbox-store.ts';
import type { WebhookStore } from '../notify/webhook-store.ts';
import type { PlaybookStore } from '../playbook/playbook-store.ts';
import type { CostStore } from '../revenue/cost.ts';
import type { DealStore } from '../revenue/deal.ts';
import type { ImportStore } from '../revenue/imports/import-store.ts';
import type { TeamStore } from '../routing/assignment.ts';
import type { ClockStore } from '../sla/sla-clock.ts';
import { type Engine, inWriteTransaction } from './dialect.ts';
import type { Database } from './schema.ts';
import { sqlAccessStore } from './sql-access-store.ts';
import { sqlClockStore } from './sql-clock-store.ts';
import { sqlCompanyStore } from './sql-company-store.ts';
import { sqlCostStore } from './sql-cost-store.ts';
import { sqlDealStore } from './sql-deal-store.ts';
import { sqlDeliveryStore } from './sql-delivery-store.ts';
import { sqlEventStore } from './sql-event-store.ts';
import { sqlFormStore } from './sql-form-store.ts';
import { sqlHandoffStore } from './sql-handoff-store.ts';
import { sqlImportStore } from './sql-import-store.ts';
import { sqlInstanceSecretStore } from './sql-instance-secret-store.ts';
import { sqlKpiStore } from './sql-kpi-store.ts';
import { sqlLeadRows } from './sql-lead-rows.ts';
import { sqlLeadStore } from './sql-lead-store.ts';
import { sqlOutboxStore } from './sql-outbox-store.ts';
import { sqlPlaybookStore } from './sql-playbook-store.ts';
import { sqlSiteStore } from './sql-site-store.ts';
import { sqlTeamStore } from './sql-team-store.ts';
import { sqlTimelineStore } from './sql-timeline-store.ts';
import { sqlTransitionStore } from './sql-transition-store.ts';
import { sqlVisitorStore } from './sql-visitor-store.ts';
import { sqlWebhookStore } from './sql-webhook-store.ts';

/** Every capability's store, bound to one connection or transaction. */
export interface Stores {
  leads: LeadStore;
  companies: CompanyStore;
  events: EventStore;
  timeline: TimelineStore;
  access: AccessStore;
  playbooks: PlaybookStore;
  transitions: TransitionStore;
  outbox: OutboxStore;
  webhooks: WebhookStore;
  deliveries: DeliveryStore;
  team: TeamStore;
  clocks: ClockStore;
  handoff: HandoffStore;
  /** Read-only: the rows KPIs and reports are computed from. */
  kpis: KpiStore;
  sites: SiteStore;
  forms: FormStore;
  visitors: VisitorStore;
  instanceSecrets: InstanceSecretStore;
  deals: DealStore;
  costs: CostStore;
  imports: ImportStore;
  /** Every lead-owned table at once, for merges. */
  leadRows: LeadOwnedRows;
}

export function makeStores(db: Kysely<Database>, clock: Clock, lockRows = false): Stores {
  return {
    leadRows: sqlLeadRows(db),
    playbooks: sqlPlaybookStore(db),
    outbox: sqlOutboxStore(db, lockRows),
    webhooks: sqlWebhookStore(db),
    deliveries: sqlDeliveryStore(db, lockRows),
    team: sqlTeamStore(db),
    clocks: sqlClockStore(db, lockRows),
    handoff: sqlHandoffStore(db, () => clock.now()),
    kpis: sqlKpiStore(db),
    transitions: sqlTransitionStore(db, () => clock.now()),
    leads: sqlLeadStore(db, lockRows),
    companies: sqlCompanyStore(db, lockRows),
    events: sqlEventStore(db),
    timeline: sqlTimelineStore(db),
    access: sqlAccessStore(db),
    sites: sqlSiteStore(db),
    forms: sqlFormStore(db),
    visitors: sqlVisitorStore(db),
    instanceSecrets: sqlInstanceSecretStore(db),
    deals: sqlDealStore(db, lockRows),
    costs: sqlCostStore(db, lockRows),
    imports: sqlImportStore(db, lockRows),
  };
}

/** Stores for reads outside a transaction, plus `transaction` for units of work. */
export type StoreAccess = Stores & Transactor<Stores>;

export function storeAccess(engine: Engine, db: Kysely<Database>, clock: Clock): StoreAccess {
  return {
    ...makeStores(db, clock),
    transaction: (work) =>
      inWriteTransaction(engine, db, (trx) => work(makeStores(trx, clock, engine === 'postgres'))),
  };
}
