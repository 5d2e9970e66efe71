import { type Kysely, type Migration, Migrator } from 'kysely';
import * as m0001 from './migrations/0001-foundation.ts';
import * as m0002 from './migrations/0002-playbook-scoring.ts';
import * as m0003 from './migrations/0003-relay.ts';
import * as m0004 from './migrations/0004-notify.ts';
import * as m0005 from './migrations/0005-capture.ts';
import * as m0006 from './migrations/0006-revenue.ts';
import * as m0007 from './migrations/0007-open-clock-indexes.ts';
import * as m0008 from './migrations/0008-sessions.ts';

/** Every migration, in order. Names sort lexically; never rename or edit a shipped one. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-playbook-scoring': m0002,
  '0003-relay': m0003,
  '0004-notify': m0004,
  '0005-capture': m0005,
  '0006-revenue': m0006,
  '0007-open-clock-indexes': m0007,
  '0008-sessions': m0008,
};

export interface MigrationReport {
  applied: string[];
}

/** Brings the schema to the latest version; safe to run at every start. */
// biome-ignore lint/suspicious/noExplicitAny: the migrator works on any schema.
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const cause = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
