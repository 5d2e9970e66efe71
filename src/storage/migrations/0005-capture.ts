import type { Kysely } from 'kysely';

// Capture from the website and e-mail: sites and their snippet keys, forms, anonymous
// visitors and their history until they identify, form dedupe fingerprints, and the
// instance secret e-mail links are signed with when BASTAO_SECRET is not set.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull().unique())
    .addColumn('allowed_origins', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  // No foreign key to sites: deleting a site unlinks its forms in the same transaction.
  await db.schema
    .createTable('forms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('site_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('field_mapping', 'text', (c) => c.notNull())
    .addColumn('honeypot_field', 'text')
    .addColumn('consent_field', 'text')
    .addColumn('redirect_url', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  // The id is the snippet's anonymous id, unique within its site.
  await db.schema
    .createTable('visitors')
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('lead_id', 'text')
    .addColumn('first_touch', 'text')
    .addColumn('last_touch', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('visitors_pk', ['site_id', 'id'])
    .execute();
  await db.schema.createIndex('visitors_lead_idx').on('visitors').column('lead_id').execute();

  // Anonymous events wait here until their visitor identifies; then they move to `events`
  // (whose lead_id stays NOT NULL) with their original times, and leave this table.
  await db.schema
    .createTable('visitor_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('visitor_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('props', 'text', (c) => c.notNull())
    .addForeignKeyConstraint(
      'visitor_events_visitor_fk',
      ['site_id', 'visitor_id'],
      'visitors',
      ['site_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addUniqueConstraint('visitor_events_client_uq', ['site_id', 'visitor_id', 'client_id'])
    .execute();
  await db.schema
    .createIndex('visitor_events_visitor_idx')
    .on('visitor_events')
    .columns(['site_id', 'visitor_id', 'occurred_at'])
    .execute();

  // A hash of a recent submission per row, forgotten once the dedupe window is over.
  await db.schema
    .createTable('form_submissions')
    .addColumn('fingerprint', 'text', (c) => c.primaryKey())
    .addColumn('form_id', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('form_submissions_at_idx').on('form_submissions').column('at').execute();

  await db.schema
    .createTable('instance_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Bastão migrations are forward-only: restore a backup to go back.');
}
