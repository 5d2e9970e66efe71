import type { Kysely } from 'kysely';

// The relay: team members, routing, assignments, SLA clocks, activities, cadence tasks,
// decisions, and the outbox every notification leaves from.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('team', 'text').execute();
  await db.schema
    .alterTable('users')
    .addColumn('regions', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('weight', 'double precision', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('users').addColumn('capacity', 'integer').execute();
  await db.schema
    .alterTable('users')
    .addColumn('out_of_office', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('manages', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.alterTable('leads').addColumn('queue', 'text').execute();
  await db.schema.alterTable('leads').addColumn('assigned_at', 'bigint').execute();

  await db.schema
    .createTable('routing_counters')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('credits', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id'))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('queue', 'text')
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('candidates', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('playbook_version', 'integer')
    .execute();
  await db.schema.createIndex('assignments_lead_idx').on('assignments').columns(['lead_id', 'at']).execute();

  await db.schema
    .createTable('sla_clocks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id'))
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('due_at', 'bigint', (c) => c.notNull())
    .addColumn('warn_at', 'bigint')
    .addColumn('warned_at', 'bigint')
    .addColumn('met_at', 'bigint')
    .addColumn('breached_at', 'bigint')
    .addColumn('escalated_at', 'bigint')
    .addColumn('stopped_at', 'bigint')
    .addColumn('stop_reason', 'text')
    .addColumn('playbook_version', 'integer')
    .execute();
  await db.schema.createIndex('sla_clocks_lead_idx').on('sla_clocks').columns(['lead_id', 'kind']).execute();
  await db.schema.createIndex('sla_clocks_due_idx').on('sla_clocks').columns(['due_at']).execute();
  await db.schema.createIndex('sla_clocks_warn_idx').on('sla_clocks').columns(['warn_at']).execute();

  await db.schema
    .createTable('activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id'))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'bigint', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('objection', 'text')
    .addColumn('duration_seconds', 'integer')
    .addColumn('recorded_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activities_lead_idx')
    .on('activities')
    .columns(['lead_id', 'occurred_at'])
    .execute();

  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id'))
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('due_at', 'bigint', (c) => c.notNull())
    .addColumn('done_at', 'bigint')
    .addColumn('activity_id', 'text')
    .addColumn('cancelled_at', 'bigint')
    .execute();
  await db.schema.createIndex('tasks_lead_idx').on('tasks').columns(['lead_id', 'step']).execute();
  await db.schema.createIndex('tasks_owner_idx').on('tasks').columns(['owner_id', 'due_at']).execute();

  await db.schema
    .createTable('decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id'))
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reason_code', 'text')
    .addColumn('note', 'text')
    .addColumn('to_stage', 'text', (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('campaign', 'text')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('decisions_at_idx').on('decisions').columns(['at']).execute();
  await db.schema.createIndex('decisions_lead_idx').on('decisions').columns(['lead_id']).execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('dispatched_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('outbox_pending_idx')
    .on('outbox')
    .columns(['dispatched_at', 'created_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Bastão migrations are forward-only: restore a backup to go back.');
}
