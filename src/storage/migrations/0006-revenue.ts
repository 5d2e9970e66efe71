import type { Kysely } from 'kysely';

// Revenue: deals (from the API, CSV and CRM imports), marketing costs per month, channel
// and campaign, and the ids other systems give a lead (so that an import run twice finds
// the same lead). Money is integer cents; times are epoch ms.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('external_id', 'text', (c) => c.unique())
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id'))
    .addColumn('name', 'text')
    .addColumn('amount_cents', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('BRL'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('closed_at', 'bigint')
    .addColumn('lost_reason', 'text')
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('owner_name', 'text')
    .addColumn('fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('recorded_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deals_lead_idx').on('deals').column('lead_id').execute();
  await db.schema
    .createIndex('deals_status_closed_idx')
    .on('deals')
    .columns(['status', 'closed_at'])
    .execute();
  await db.schema.createIndex('deals_created_idx').on('deals').columns(['created_at', 'id']).execute();

  // `campaign` is '' for a cost of the whole channel: NULLs never collide in a unique key.
  await db.schema
    .createTable('costs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('campaign', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('amount_cents', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('BRL'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('costs_month_channel_campaign_key', ['month', 'channel', 'campaign'])
    .execute();

  await db.schema
    .createTable('lead_external_ids')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('lead_external_ids_pk', ['source', 'external_id'])
    .execute();
  await db.schema
    .createIndex('lead_external_ids_lead_idx')
    .on('lead_external_ids')
    .column('lead_id')
    .execute();
}
