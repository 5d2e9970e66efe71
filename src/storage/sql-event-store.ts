import type { Kysely, Selectable } from 'kysely';
import type { EventType, LeadEvent } from '../events/event.ts';
import type { EventStore } from '../events/event-store.ts';
import { parseJson } from './json.ts';
import type { Database, EventsTable } from './schema.ts';

export const eventFromRow = (row: Selectable<EventsTable>): LeadEvent => ({
  id: row.id,
  leadId: row.lead_id,
  type: row.type as EventType,
  occurredAt: row.occurred_at,
  receivedAt: row.received_at,
  props: parseJson(row.props, {}),
  idempotencyKey: row.idempotency_key,
});

// 7 columns a row: 500 rows stay far below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters.
const INSERT_CHUNK = 500;

export function sqlEventStore(db: Kysely<Database>): EventStore {
  return {
    async insertMany(events) {
      const skipped = new Map<string, string>();
      for (let i = 0; i < events.length; i += INSERT_CHUNK) {
        const chunk = events.slice(i, i + INSERT_CHUNK);
        const inserted = await db
          .insertInto('events')
          .values(
            chunk.map((e) => ({
              id: e.id,
              lead_id: e.leadId,
              type: e.type,
              occurred_at: e.occurredAt,
              received_at: e.receivedAt,
              props: JSON.stringify(e.props),
              idempotency_key: e.idempotencyKey,
            })),
          )
          .onConflict((oc) => oc.column('idempotency_key').doNothing())
          .returning('id')
          .execute();
        if (inserted.length === chunk.length) {
          continue;
        }
        const insertedIds = new Set(inserted.map((r) => r.id));
        const lostKeys = chunk.flatMap((e) =>
          !insertedIds.has(e.id) && e.idempotencyKey ? [e.idempotencyKey] : [],
        );
        const existing = await db
          .selectFrom('events')
          .select(['id', 'idempotency_key'])
          .where('idempotency_key', 'in', lostKeys)
          .execute();
        for (const row of existing) {
          skipped.set(row.idempotency_key as string, row.id);
        }
      }
      return skipped;
    },
    async forLead(leadId, until) {
      let q = db.selectFrom('events').selectAll().where('lead_id', '=', leadId);
      if (until !== undefined) {
        q = q.where('occurred_at', '<=', until);
      }
      const rows = await q.orderBy('occurred_at', 'asc').orderBy('id', 'asc').execute();
      return rows.map(eventFromRow);
    },
    async forLeads(leadIds) {
      const byLead = new Map<string, LeadEvent[]>(leadIds.map((id) => [id, []]));
      for (let i = 0; i < leadIds.length; i += INSERT_CHUNK) {
        const rows = await db
          .selectFrom('events')
          .selectAll()
          .where('lead_id', 'in', leadIds.slice(i, i + INSERT_CHUNK))
          .orderBy('lead_id')
          .orderBy('occurred_at')
          .orderBy('id')
          .execute();
        for (const row of rows) {
          byLead.get(row.lead_id)?.push(eventFromRow(row));
        }
      }
      return byLead;
    },
    async reassignLead(fromLeadId, toLeadId) {
      const result = await db
        .updateTable('events')
        .set({ lead_id: toLeadId })
        .where('lead_id', '=', fromLeadId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
