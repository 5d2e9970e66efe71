import type { Kysely } from 'kysely';
import type { TimelineEntry, TimelineStore } from '../events/timeline.ts';
import type { Cursor } from '../kernel/cursor.ts';
import type { Database } from './schema.ts';
import { eventFromRow } from './sql-event-store.ts';
import { transitionFromRow } from './sql-transition-store.ts';

/**
 * The timeline merges several append-only tables. Each source returns its newest
 * `limit + 1` rows before the cursor; the merge keeps the newest `limit + 1` overall.
 */
export function sqlTimelineStore(db: Kysely<Database>): TimelineStore {
  const events = async (
    leadId: string,
    before: Cursor | undefined,
    limit: number,
  ): Promise<TimelineEntry[]> => {
    let q = db.selectFrom('events').selectAll().where('lead_id', '=', leadId);
    if (before) {
      q = q.where((eb) =>
        eb.or([
          eb('occurred_at', '<', before.at),
          eb.and([eb('occurred_at', '=', before.at), eb('id', '<', before.id)]),
        ]),
      );
    }
    const rows = await q
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    return rows.map((row) => ({ kind: 'event', at: row.occurred_at, id: row.id, event: eventFromRow(row) }));
  };

  const transitions = async (
    leadId: string,
    before: Cursor | undefined,
    limit: number,
  ): Promise<TimelineEntry[]> => {
    let q = db.selectFrom('transitions').selectAll().where('lead_id', '=', leadId);
    if (before) {
      q = q.where((eb) =>
        eb.or([eb('at', '<', before.at), eb.and([eb('at', '=', before.at), eb('id', '<', before.id)])]),
      );
    }
    const rows = await q
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute();
    return rows.map((row) => ({
      kind: 'transition',
      at: row.at,
      id: row.id,
      transition: transitionFromRow(row),
    }));
  };

  return {
    async page(leadId, before, limit) {
      const sources = await Promise.all([events(leadId, before, limit), transitions(leadId, before, limit)]);
      return sources
        .flat()
        .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
        .slice(0, limit + 1);
    },
  };
}
