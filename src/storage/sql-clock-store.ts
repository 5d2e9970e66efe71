import type { Kysely, Selectable } from 'kysely';
import type { ClockStore, SlaClock } from '../sla/sla-clock.ts';
import type { ClockKind } from '../sla/sla-policy-schema.ts';
import type { Database, SlaClocksTable } from './schema.ts';

const clockFromRow = (r: Selectable<SlaClocksTable>): SlaClock => ({
  id: r.id,
  leadId: r.lead_id,
  ownerId: r.owner_id,
  kind: r.kind as ClockKind,
  startedAt: r.started_at,
  dueAt: r.due_at,
  warnAt: r.warn_at,
  warnedAt: r.warned_at,
  metAt: r.met_at,
  breachedAt: r.breached_at,
  escalatedAt: r.escalated_at,
  stoppedAt: r.stopped_at,
  stopReason: r.stop_reason,
  playbookVersion: r.playbook_version,
});

const rowFromClock = (c: SlaClock): Selectable<SlaClocksTable> => ({
  id: c.id,
  lead_id: c.leadId,
  owner_id: c.ownerId,
  kind: c.kind,
  started_at: c.startedAt,
  due_at: c.dueAt,
  warn_at: c.warnAt,
  warned_at: c.warnedAt,
  met_at: c.metAt,
  breached_at: c.breachedAt,
  escalated_at: c.escalatedAt,
  stopped_at: c.stoppedAt,
  stop_reason: c.stopReason,
  playbook_version: c.playbookVersion,
});

/** `skipLocked`: inside a PostgreSQL transaction, `claimDue` locks rows other sweeps skip. */
export function sqlClockStore(db: Kysely<Database>, skipLocked = false): ClockStore {
  return {
    async insertMany(clocks) {
      if (clocks.length > 0) {
        await db.insertInto('sla_clocks').values(clocks.map(rowFromClock)).execute();
      }
    },
    async forLead(leadId) {
      const rows = await db
        .selectFrom('sla_clocks')
        .selectAll()
        .where('lead_id', '=', leadId)
        .orderBy('started_at')
        .orderBy('id')
        .execute();
      return rows.map(clockFromRow);
    },
    async openFor(leadIds) {
      const out: SlaClock[] = [];
      for (let i = 0; i < leadIds.length; i += 500) {
        const rows = await db
          .selectFrom('sla_clocks')
          .selectAll()
          .where('lead_id', 'in', leadIds.slice(i, i + 500))
          .where('met_at', 'is', null)
          .where('stopped_at', 'is', null)
          .execute();
        out.push(...rows.map(clockFromRow));
      }
      return out;
    },
    async update(clock) {
      const { id, ...row } = rowFromClock(clock);
      await db.updateTable('sla_clocks').set(row).where('id', '=', id).execute();
    },
    async claimDue(now, limit) {
      const q = db
        .selectFrom('sla_clocks')
        .selectAll()
        .where('met_at', 'is', null)
        .where('stopped_at', 'is', null)
        .where('breached_at', 'is', null)
        .where((eb) =>
          eb.or([eb('due_at', '<=', now), eb.and([eb('warn_at', '<=', now), eb('warned_at', 'is', null)])]),
        )
        .orderBy('due_at')
        .orderBy('id')
        .limit(limit);
      const rows = await (skipLocked ? q.forUpdate().skipLocked() : q).execute();
      return rows.map(clockFromRow);
    },
  };
}
