import type { Kysely, Selectable } from 'kysely';
import type { VisitorStore } from '../capture/capture-store.ts';
import type { PageEventType, Visitor, VisitorEvent } from '../capture/visitor.ts';
import type { Touch } from '../leads/lead.ts';
import { parseJson } from './json.ts';
import type { Database, VisitorEventsTable, VisitorsTable } from './schema.ts';

const visitorFromRow = (row: Selectable<VisitorsTable>): Visitor => ({
  siteId: row.site_id,
  id: row.id,
  leadId: row.lead_id,
  firstTouch: parseJson<Touch | null>(row.first_touch, null),
  lastTouch: parseJson<Touch | null>(row.last_touch, null),
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
});

const eventFromRow = (row: Selectable<VisitorEventsTable>): VisitorEvent => ({
  id: row.id,
  siteId: row.site_id,
  visitorId: row.visitor_id,
  clientId: row.client_id,
  type: row.type as PageEventType,
  occurredAt: row.occurred_at,
  receivedAt: row.received_at,
  props: parseJson(row.props, {}),
});

export function sqlVisitorStore(db: Kysely<Database>): VisitorStore {
  return {
    async touch(siteId, id, now) {
      // An upsert takes the row lock on PostgreSQL whether it inserts or updates, so two
      // requests of one visitor (two tabs) run one after the other from here on.
      const row = await db
        .insertInto('visitors')
        .values({
          site_id: siteId,
          id,
          lead_id: null,
          first_touch: null,
          last_touch: null,
          created_at: now,
          last_seen_at: now,
        })
        .onConflict((oc) => oc.columns(['site_id', 'id']).doUpdateSet({ last_seen_at: now }))
        .returningAll()
        .executeTakeFirstOrThrow();
      return visitorFromRow(row);
    },
    async save(visitor) {
      await db
        .updateTable('visitors')
        .set({
          lead_id: visitor.leadId,
          first_touch: visitor.firstTouch ? JSON.stringify(visitor.firstTouch) : null,
          last_touch: visitor.lastTouch ? JSON.stringify(visitor.lastTouch) : null,
          last_seen_at: visitor.lastSeenAt,
        })
        .where('site_id', '=', visitor.siteId)
        .where('id', '=', visitor.id)
        .execute();
    },
    async addEvents(events) {
      if (events.length === 0) {
        return 0;
      }
      const inserted = await db
        .insertInto('visitor_events')
        .values(
          events.map((e) => ({
            id: e.id,
            site_id: e.siteId,
            visitor_id: e.visitorId,
            client_id: e.clientId,
            type: e.type,
            occurred_at: e.occurredAt,
            received_at: e.receivedAt,
            props: JSON.stringify(e.props),
          })),
        )
        .onConflict((oc) => oc.columns(['site_id', 'visitor_id', 'client_id']).doNothing())
        .returning('id')
        .execute();
      return inserted.length;
    },
    async takeEvents(siteId, visitorId) {
      const rows = await db
        .deleteFrom('visitor_events')
        .where('site_id', '=', siteId)
        .where('visitor_id', '=', visitorId)
        .returningAll()
        .execute();
      return rows
        .map(eventFromRow)
        .sort((a, b) => a.occurredAt - b.occurredAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
    async reassignLead(fromLeadId, toLeadId) {
      const result = await db
        .updateTable('visitors')
        .set({ lead_id: toLeadId })
        .where('lead_id', '=', fromLeadId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
