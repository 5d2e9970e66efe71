import type { Kysely, Selectable } from 'kysely';
import type { Cost, CostStore } from '../revenue/cost.ts';
import type { CostsTable, Database } from './schema.ts';

const costFromRow = (row: Selectable<CostsTable>): Cost => ({
  id: row.id,
  month: row.month,
  channel: row.channel,
  campaign: row.campaign === '' ? null : row.campaign,
  amountCents: Number(row.amount_cents),
  currency: row.currency,
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
});

const rowFromCost = (cost: Cost): Selectable<CostsTable> => ({
  id: cost.id,
  month: cost.month,
  channel: cost.channel,
  campaign: cost.campaign ?? '',
  amount_cents: cost.amountCents,
  currency: cost.currency,
  created_at: cost.createdAt,
  updated_at: cost.updatedAt,
});

export function sqlCostStore(db: Kysely<Database>, lockRows = false): CostStore {
  return {
    async byKey(key) {
      const q = db
        .selectFrom('costs')
        .selectAll()
        .where('month', '=', key.month)
        .where('channel', '=', key.channel)
        .where('campaign', '=', key.campaign ?? '');
      const row = await (lockRows ? q.forUpdate() : q).executeTakeFirst();
      return row ? costFromRow(row) : undefined;
    },
    async insert(cost) {
      const result = await db
        .insertInto('costs')
        .values(rowFromCost(cost))
        .onConflict((oc) => oc.columns(['month', 'channel', 'campaign']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async update(cost) {
      const { id, created_at: _createdAt, ...row } = rowFromCost(cost);
      await db.updateTable('costs').set(row).where('id', '=', id).execute();
    },
    async list(query) {
      let q = db.selectFrom('costs').selectAll();
      if (query.from !== undefined) {
        q = q.where('month', '>=', query.from);
      }
      if (query.to !== undefined) {
        q = q.where('month', '<=', query.to);
      }
      if (query.channel !== undefined) {
        q = q.where('channel', '=', query.channel);
      }
      const rows = await q.orderBy('month').orderBy('channel').orderBy('campaign').execute();
      return rows.map(costFromRow);
    },
  };
}
