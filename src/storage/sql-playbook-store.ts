import type { Kysely, Selectable } from 'kysely';
import type { Playbook } from '../playbook/playbook-schema.ts';
import type { PlaybookStore, PlaybookVersion } from '../playbook/playbook-store.ts';
import type { Database, PlaybookVersionsTable } from './schema.ts';

const versionFromRow = (row: Selectable<PlaybookVersionsTable>): PlaybookVersion => ({
  version: row.version,
  // Stored after validation, so it is a Playbook; `validatePlaybook` re-checks it on apply.
  playbook: JSON.parse(row.document) as Playbook,
  source: row.source,
  createdAt: row.created_at,
  createdBy: row.created_by,
  note: row.note,
});

export function sqlPlaybookStore(db: Kysely<Database>): PlaybookStore {
  return {
    async current() {
      const row = await db
        .selectFrom('playbook_versions')
        .selectAll()
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? versionFromRow(row) : undefined;
    },
    async currentVersion() {
      const row = await db
        .selectFrom('playbook_versions')
        .select('version')
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row?.version;
    },
    async byVersion(version) {
      const row = await db
        .selectFrom('playbook_versions')
        .selectAll()
        .where('version', '=', version)
        .executeTakeFirst();
      return row ? versionFromRow(row) : undefined;
    },
    async list() {
      const rows = await db
        .selectFrom('playbook_versions')
        .select(['version', 'created_at', 'created_by', 'note'])
        .orderBy('version', 'desc')
        .execute();
      return rows.map((r) => ({
        version: r.version,
        createdAt: r.created_at,
        createdBy: r.created_by,
        note: r.note,
      }));
    },
    async insert(v) {
      const result = await db
        .insertInto('playbook_versions')
        .values({
          version: v.version,
          source: v.source,
          document: JSON.stringify(v.playbook),
          created_at: v.createdAt,
          created_by: v.createdBy,
          note: v.note,
        })
        .onConflict((oc) => oc.column('version').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
  };
}
