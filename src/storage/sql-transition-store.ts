import type { Kysely, Selectable } from 'kysely';
import type { Stage } from '../leads/lead.ts';
import type { Transition } from '../lifecycle/lifecycle.ts';
import type { TransitionStore } from '../lifecycle/transition-store.ts';
import type { Database, TransitionsTable } from './schema.ts';

export const transitionFromRow = (row: Selectable<TransitionsTable>): Transition => ({
  id: row.id,
  leadId: row.lead_id,
  from: row.from_stage as Stage | null,
  to: row.to_stage as Stage,
  at: row.at,
  actor: row.actor,
  reason: row.reason,
  playbookVersion: row.playbook_version,
});

export function sqlTransitionStore(db: Kysely<Database>, now: () => number): TransitionStore {
  return {
    async insert(t) {
      await db
        .insertInto('transitions')
        .values({
          id: t.id,
          lead_id: t.leadId,
          from_stage: t.from,
          to_stage: t.to,
          at: t.at,
          actor: t.actor,
          reason: t.reason,
          playbook_version: t.playbookVersion,
          recorded_at: now(),
        })
        .execute();
    },
    async countEntered(stage, from, to) {
      const row = await db
        .selectFrom('transitions')
        .select((eb) => eb.fn.count<number>('lead_id').distinct().as('n'))
        .where('to_stage', '=', stage)
        .where('at', '>=', from)
        .where('at', '<', to)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async forLead(leadId) {
      const rows = await db
        .selectFrom('transitions')
        .selectAll()
        .where('lead_id', '=', leadId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map(transitionFromRow);
    },
    async firstReached(leadIds, stages) {
      const reached = new Map<string, Partial<Record<Stage, number>>>();
      for (let i = 0; i < leadIds.length; i += 500) {
        const rows = await db
          .selectFrom('transitions')
          .select(['lead_id', 'to_stage'])
          .select((eb) => eb.fn.min('at').as('first_at'))
          .where('lead_id', 'in', leadIds.slice(i, i + 500))
          .where('to_stage', 'in', [...stages])
          .groupBy(['lead_id', 'to_stage'])
          .execute();
        for (const row of rows) {
          const entry = reached.get(row.lead_id) ?? {};
          entry[row.to_stage as Stage] = Number(row.first_at);
          reached.set(row.lead_id, entry);
        }
      }
      return reached;
    },
    async reassignLead(fromLeadId, toLeadId) {
      const result = await db
        .updateTable('transitions')
        .set({ lead_id: toLeadId })
        .where('lead_id', '=', fromLeadId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
