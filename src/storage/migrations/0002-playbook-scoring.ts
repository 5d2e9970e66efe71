import { type Kysely, sql } from 'kysely';

// The playbook's versions, the lifecycle's transitions, and each lead's current score.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('playbook_versions')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .execute();

  await db.schema
    .createTable('transitions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id'))
    .addColumn('from_stage', 'text')
    .addColumn('to_stage', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('playbook_version', 'integer')
    .addColumn('recorded_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('transitions_lead_idx')
    .on('transitions')
    .columns(['lead_id', 'at', 'id'])
    .execute();
  await db.schema
    .createIndex('transitions_stage_idx')
    .on('transitions')
    .columns(['to_stage', 'at'])
    .execute();

  // Double precision: decayed engagement points are fractional ("real" would be 4 bytes on PostgreSQL).
  await db.schema.alterTable('leads').addColumn('fit', 'double precision').execute();
  await db.schema.alterTable('leads').addColumn('grade', 'text').execute();
  await db.schema.alterTable('leads').addColumn('engagement', 'double precision').execute();
  await db.schema.alterTable('leads').addColumn('scored_at', 'bigint').execute();
  await db.schema.alterTable('leads').addColumn('score_playbook_version', 'integer').execute();
  await db.schema.alterTable('leads').addColumn('stage_entered_at', 'bigint').execute();
  await sql`update leads set stage_entered_at = created_at`.execute(db);
  await db.schema
    .createIndex('leads_score_version_idx')
    .on('leads')
    .columns(['score_playbook_version', 'id'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Bastão migrations are forward-only: restore a backup to go back.');
}
