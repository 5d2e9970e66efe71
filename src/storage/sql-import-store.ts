import type { Kysely } from 'kysely';
import type { ImportStore } from '../revenue/imports/import-store.ts';
import type { Database } from './schema.ts';
import { leadFromRow } from './sql-lead-store.ts';

/** Rows per multi-row INSERT: well under the bound-parameter limits of both engines. */
const CHUNK = 200;

/** `lockRows`: on PostgreSQL the leads found are locked for the import's transaction (as the lead store does). */
export function sqlImportStore(db: Kysely<Database>, lockRows = false): ImportStore {
  return {
    async leadsByExternalId(source, externalIds) {
      const found = new Map<string, { lead: ReturnType<typeof leadFromRow> } | { mergedInto: string }>();
      for (let i = 0; i < externalIds.length; i += 500) {
        const q = db
          .selectFrom('lead_external_ids as x')
          .innerJoin('leads', 'leads.id', 'x.lead_id')
          .selectAll('leads')
          .select('x.external_id as x_external_id')
          .where('x.source', '=', source)
          .where('x.external_id', 'in', externalIds.slice(i, i + 500))
          .orderBy('leads.id');
        const rows = await (lockRows ? q.forUpdate('leads') : q).execute();
        for (const { x_external_id, ...row } of rows) {
          found.set(
            x_external_id,
            row.merged_into_id === null ? { lead: leadFromRow(row) } : { mergedInto: row.merged_into_id },
          );
        }
      }
      return found;
    },
    async link(links, at) {
      for (let i = 0; i < links.length; i += CHUNK) {
        await db
          .insertInto('lead_external_ids')
          .values(
            links.slice(i, i + CHUNK).map((l) => ({
              source: l.source,
              external_id: l.externalId,
              lead_id: l.leadId,
              created_at: at,
            })),
          )
          .onConflict((oc) => oc.columns(['source', 'external_id']).doNothing())
          .execute();
      }
    },
    async insertTransitions(transitions, recordedAt) {
      for (let i = 0; i < transitions.length; i += CHUNK) {
        await db
          .insertInto('transitions')
          .values(
            transitions.slice(i, i + CHUNK).map((t) => ({
              id: t.id,
              lead_id: t.leadId,
              from_stage: t.from,
              to_stage: t.to,
              at: t.at,
              actor: t.actor,
              reason: t.reason,
              playbook_version: t.playbookVersion,
              recorded_at: recordedAt,
            })),
          )
          .execute();
      }
    },
    async reassignLead(fromLeadId, toLeadId) {
      const result = await db
        .updateTable('lead_external_ids')
        .set({ lead_id: toLeadId })
        .where('lead_id', '=', fromLeadId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
