import type { Kysely } from 'kysely';
import type { InstanceSecretStore } from '../capture/capture-store.ts';
import type { Database } from './schema.ts';

export function sqlInstanceSecretStore(db: Kysely<Database>): InstanceSecretStore {
  return {
    async ensure(name, candidate, now) {
      // Two processes starting together: the first insert wins, both read the winner.
      await db
        .insertInto('instance_secrets')
        .values({ name, value: candidate, created_at: now })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const row = await db
        .selectFrom('instance_secrets')
        .select('value')
        .where('name', '=', name)
        .executeTakeFirstOrThrow();
      return row.value;
    },
  };
}
