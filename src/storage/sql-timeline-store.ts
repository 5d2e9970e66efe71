import { type Kysely, sql } from 'kysely';
import type { TimelineEntry, TimelineStore } from '../events/timeline.ts';
import type { Cursor } from '../kernel/cursor.ts';
import type { Database } from './schema.ts';
import { eventFromRow } from './sql-event-store.ts';
import { activityFromRow } from './sql-handoff-store.ts';
import { transitionFromRow } from './sql-transition-store.ts';

/** Rows strictly older than the cursor in (time, id) order: keyset pagination. */
const olderThan = (column: 'occurred_at' | 'at', cursor: Cursor | undefined) =>
  cursor
    ? sql<boolean>`(${sql.ref(column)} < ${cursor.at} or (${sql.ref(column)} = ${cursor.at} and id < ${cursor.id}))`
    : sql<boolean>`1 = 1`;

/**
 * The timeline merges several append-only tables. Each source returns its newest
 * `limit + 1` rows before the cursor; the merge keeps the newest `limit + 1` overall.
 */
export function sqlTimelineStore(db: Kysely<Database>): TimelineStore {
  const sources = (leadId: string, before: Cursor | undefined, limit: number): Promise<TimelineEntry[]>[] => [
    db
      .selectFrom('events')
      .selectAll()
      .where('lead_id', '=', leadId)
      .where(olderThan('occurred_at', before))
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute()
      .then((rows) =>
        rows.map((r) => ({ kind: 'event', at: r.occurred_at, id: r.id, event: eventFromRow(r) })),
      ),
    db
      .selectFrom('transitions')
      .selectAll()
      .where('lead_id', '=', leadId)
      .where(olderThan('at', before))
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute()
      .then((rows) =>
        rows.map((r) => ({ kind: 'transition', at: r.at, id: r.id, transition: transitionFromRow(r) })),
      ),
    db
      .selectFrom('activities')
      .selectAll()
      .where('lead_id', '=', leadId)
      .where(olderThan('occurred_at', before))
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute()
      .then((rows) =>
        rows.map((r) => ({ kind: 'activity', at: r.occurred_at, id: r.id, activity: activityFromRow(r) })),
      ),
  ];

  return {
    async page(leadId, before, limit) {
      const entries = (await Promise.all(sources(leadId, before, limit))).flat();
      return entries
        .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
        .slice(0, limit + 1);
    },
  };
}
