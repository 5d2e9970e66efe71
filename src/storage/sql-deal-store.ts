import type { Kysely, Selectable } from 'kysely';
import type { Deal, DealStatus, DealStore } from '../revenue/deal.ts';
import { parseJson } from './json.ts';
import type { Database, DealsTable } from './schema.ts';

export const dealFromRow = (row: Selectable<DealsTable>): Deal => ({
  id: row.id,
  externalId: row.external_id,
  leadId: row.lead_id,
  name: row.name,
  amountCents: Number(row.amount_cents),
  currency: row.currency,
  status: row.status as DealStatus,
  createdAt: Number(row.created_at),
  closedAt: row.closed_at === null ? null : Number(row.closed_at),
  lostReason: row.lost_reason,
  ownerId: row.owner_id,
  ownerName: row.owner_name,
  fields: parseJson(row.fields, {}),
  recordedAt: Number(row.recorded_at),
  updatedAt: Number(row.updated_at),
});

const rowFromDeal = (deal: Deal): Selectable<DealsTable> => ({
  id: deal.id,
  external_id: deal.externalId,
  lead_id: deal.leadId,
  name: deal.name,
  amount_cents: deal.amountCents,
  currency: deal.currency,
  status: deal.status,
  created_at: deal.createdAt,
  closed_at: deal.closedAt,
  lost_reason: deal.lostReason,
  owner_id: deal.ownerId,
  owner_name: deal.ownerName,
  fields: JSON.stringify(deal.fields),
  recorded_at: deal.recordedAt,
  updated_at: deal.updatedAt,
});

/** `lockRows`: inside a PostgreSQL write transaction, a deal read for a change is locked. */
export function sqlDealStore(db: Kysely<Database>, lockRows = false): DealStore {
  const selectDeals = () => {
    const q = db.selectFrom('deals').selectAll();
    return lockRows ? q.forUpdate() : q;
  };
  return {
    async byId(id) {
      const row = await selectDeals().where('id', '=', id).executeTakeFirst();
      return row ? dealFromRow(row) : undefined;
    },
    async byExternalId(externalId) {
      const row = await selectDeals().where('external_id', '=', externalId).executeTakeFirst();
      return row ? dealFromRow(row) : undefined;
    },
    async insert(deal) {
      const result = await db
        .insertInto('deals')
        .values(rowFromDeal(deal))
        .onConflict((oc) => oc.column('external_id').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async update(deal) {
      const { id, recorded_at: _recordedAt, ...row } = rowFromDeal(deal);
      await db.updateTable('deals').set(row).where('id', '=', id).execute();
    },
    async list(query) {
      let q = db.selectFrom('deals').selectAll();
      if (query.status !== undefined) {
        q = q.where('status', '=', query.status);
      }
      if (query.leadId !== undefined) {
        q = q.where('lead_id', '=', query.leadId);
      }
      const owner = query.owner;
      if (owner !== undefined) {
        q = q.where((eb) => eb.or([eb('owner_id', '=', owner), eb('owner_name', '=', owner)]));
      }
      if (query.createdFrom !== undefined) {
        q = q.where('created_at', '>=', query.createdFrom);
      }
      if (query.createdTo !== undefined) {
        q = q.where('created_at', '<', query.createdTo);
      }
      if (query.closedFrom !== undefined) {
        q = q.where('closed_at', '>=', query.closedFrom);
      }
      if (query.closedTo !== undefined) {
        q = q.where('closed_at', '<', query.closedTo);
      }
      if (query.after) {
        const { at, id } = query.after;
        q = q.where((eb) =>
          eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]),
        );
      }
      const rows = await q
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(query.limit + 1)
        .execute();
      return rows.map(dealFromRow);
    },
    async reassignLead(fromLeadId, toLeadId) {
      const result = await db
        .updateTable('deals')
        .set({ lead_id: toLeadId })
        .where('lead_id', '=', fromLeadId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
