import type { Kysely, Selectable } from 'kysely';
import { newId } from '../kernel/ids.ts';
import type { NotificationEvent } from '../notify/notification-event.ts';
import type { OutboxMessage, OutboxStore } from '../notify/outbox-store.ts';
import type { Database, OutboxTable } from './schema.ts';

const messageFromRow = (row: Selectable<OutboxTable>): OutboxMessage => ({
  id: row.id,
  event: JSON.parse(row.payload) as NotificationEvent,
  createdAt: row.created_at,
  dispatchedAt: row.dispatched_at,
});

/** `skipLocked`: inside a PostgreSQL transaction, two dispatchers never take the same rows. */
export function sqlOutboxStore(db: Kysely<Database>, skipLocked = false): OutboxStore {
  return {
    async add(event, now) {
      const row = {
        id: newId(),
        topic: event.type,
        payload: JSON.stringify(event),
        occurred_at: event.occurredAt,
        created_at: now,
        dispatched_at: null,
      };
      await db.insertInto('outbox').values(row).execute();
      return messageFromRow(row);
    },
    async pending(limit) {
      const q = db
        .selectFrom('outbox')
        .selectAll()
        .where('dispatched_at', 'is', null)
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit);
      const rows = await (skipLocked ? q.forUpdate().skipLocked() : q).execute();
      return rows.map(messageFromRow);
    },
    async markDispatched(ids, at) {
      for (let i = 0; i < ids.length; i += 500) {
        await db
          .updateTable('outbox')
          .set({ dispatched_at: at })
          .where('id', 'in', ids.slice(i, i + 500))
          .execute();
      }
    },
  };
}
