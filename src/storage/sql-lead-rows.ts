import type { Kysely } from 'kysely';
import type { LeadOwnedRows } from '../leads/lead-store.ts';
import type { Database } from './schema.ts';

/**
 * Every table whose rows belong to a lead (its history), moved to the survivor when two
 * leads are merged. A new lead-owned table belongs in this list: the merge test checks
 * that nothing is left behind on the merged lead.
 */
export const LEAD_OWNED_TABLES = [
  'events',
  'transitions',
  'activities',
  'sla_clocks',
  'tasks',
  'decisions',
  'assignments',
  'deals',
  'lead_external_ids',
  'visitors',
] as const satisfies readonly (keyof Database)[];

export function sqlLeadRows(db: Kysely<Database>): LeadOwnedRows {
  return {
    async reassignLead(fromLeadId, toLeadId) {
      let moved = 0;
      for (const table of LEAD_OWNED_TABLES) {
        const result = await db
          .updateTable(table as 'events')
          .set({ lead_id: toLeadId })
          .where('lead_id', '=', fromLeadId)
          .executeTakeFirst();
        moved += Number(result.numUpdatedRows);
      }
      return moved;
    },
  };
}
