import type { Kysely, Selectable } from 'kysely';
import type { WebhookFormat } from '../notify/build-webhook-request.ts';
import type { Webhook, WebhookEventFilter, WebhookStore } from '../notify/webhook-store.ts';
import { parseJson } from './json.ts';
import type { Database, WebhooksTable } from './schema.ts';

const rowFromWebhook = (webhook: Webhook): Selectable<WebhooksTable> => ({
  id: webhook.id,
  name: webhook.name,
  url: webhook.url,
  events: JSON.stringify(webhook.events),
  secret: webhook.secret,
  format: webhook.format,
  is_active: webhook.isActive ? 1 : 0,
  created_at: webhook.createdAt,
  created_by: webhook.createdBy,
  updated_at: webhook.updatedAt,
});

const webhookFromRow = (row: Selectable<WebhooksTable>): Webhook => ({
  id: row.id,
  name: row.name,
  url: row.url,
  events: parseJson<WebhookEventFilter[]>(row.events, []),
  secret: row.secret,
  format: row.format as WebhookFormat,
  isActive: row.is_active === 1,
  createdAt: row.created_at,
  createdBy: row.created_by,
  updatedAt: row.updated_at,
});

export function sqlWebhookStore(db: Kysely<Database>): WebhookStore {
  return {
    async insert(webhook) {
      await db.insertInto('webhooks').values(rowFromWebhook(webhook)).execute();
    },
    async byId(id) {
      const row = await db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? webhookFromRow(row) : undefined;
    },
    async list() {
      const rows = await db.selectFrom('webhooks').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(webhookFromRow);
    },
    async listActive() {
      const rows = await db
        .selectFrom('webhooks')
        .selectAll()
        .where('is_active', '=', 1)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(webhookFromRow);
    },
    async update(webhook) {
      const { id, created_at: _createdAt, created_by: _createdBy, ...row } = rowFromWebhook(webhook);
      await db.updateTable('webhooks').set(row).where('id', '=', id).execute();
    },
    async remove(id) {
      const result = await db.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
  };
}
