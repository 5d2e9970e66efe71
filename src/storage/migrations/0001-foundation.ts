import type { Kysely } from 'kysely';

// Written once, never edited: a change to the schema is a new migration file.
// Column types are chosen to mean the same on SQLite and PostgreSQL (see schema.ts).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('token_prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint')
    .addColumn('revoked_at', 'bigint')
    .execute();

  await db.schema
    .createTable('companies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('domain', 'text', (c) => c.unique())
    .addColumn('name', 'text')
    .addColumn('segment', 'text')
    .addColumn('size', 'text')
    .addColumn('employees', 'integer')
    .addColumn('region', 'text')
    .addColumn('state', 'text')
    .addColumn('country', 'text')
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('leads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('name', 'text')
    .addColumn('phone', 'text')
    .addColumn('phone_e164', 'text')
    .addColumn('job_title', 'text')
    .addColumn('company_id', 'text', (c) => c.references('companies.id'))
    .addColumn('company_name', 'text')
    .addColumn('stage', 'text', (c) => c.notNull().defaultTo('lead'))
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('channel', 'text')
    .addColumn('campaign', 'text')
    .addColumn('first_touch', 'text')
    .addColumn('last_touch', 'text')
    .addColumn('consent_basis', 'text')
    .addColumn('consent_given_at', 'bigint')
    .addColumn('fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('merged_into_id', 'text', (c) => c.references('leads.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('leads_created_idx').on('leads').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('leads_stage_idx').on('leads').columns(['stage', 'created_at']).execute();
  await db.schema.createIndex('leads_owner_idx').on('leads').columns(['owner_id', 'created_at']).execute();
  await db.schema.createIndex('leads_channel_idx').on('leads').columns(['channel', 'created_at']).execute();
  await db.schema.createIndex('leads_company_idx').on('leads').column('company_id').execute();

  await db.schema
    .createTable('lead_email_aliases')
    .addColumn('email', 'text', (c) => c.primaryKey())
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('lead_email_aliases_lead_idx')
    .on('lead_email_aliases')
    .column('lead_id')
    .execute();

  await db.schema
    .createTable('lead_merges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survivor_id', 'text', (c) => c.notNull().references('leads.id'))
    .addColumn('merged_id', 'text', (c) => c.notNull().references('leads.id'))
    .addColumn('merged_snapshot', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('props', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .execute();
  await db.schema
    .createIndex('events_lead_time_idx')
    .on('events')
    .columns(['lead_id', 'occurred_at', 'id'])
    .execute();
  await db.schema.createIndex('events_time_idx').on('events').columns(['occurred_at']).execute();
}

export async function down(): Promise<void> {
  throw new Error('Bastão migrations are forward-only: restore a backup to go back.');
}
