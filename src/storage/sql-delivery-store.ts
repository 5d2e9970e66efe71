import type { Kysely, Selectable } from 'kysely';
import type {
  Delivery,
  DeliveryAttempt,
  DeliveryChannel,
  DeliveryStatus,
  DeliveryStore,
} from '../notify/delivery-store.ts';
import type { NotificationEventType } from '../notify/notification-event.ts';
import { parseJson } from './json.ts';
import type { Database, DeliveriesTable, DeliveryAttemptsTable } from './schema.ts';

const rowFromDelivery = (delivery: Delivery): Selectable<DeliveriesTable> => ({
  id: delivery.id,
  outbox_id: delivery.outboxId,
  webhook_id: delivery.webhookId,
  channel: delivery.channel,
  target: delivery.target,
  event_type: delivery.eventType,
  body: delivery.body,
  headers: JSON.stringify(delivery.headers),
  status: delivery.status,
  attempts: delivery.attempts,
  next_attempt_at: delivery.nextAttemptAt,
  lease_until: delivery.leaseUntil,
  last_status_code: delivery.lastStatusCode,
  last_error: delivery.lastError,
  last_attempt_at: delivery.lastAttemptAt,
  delivered_at: delivery.deliveredAt,
  created_at: delivery.createdAt,
});

const deliveryFromRow = (row: Selectable<DeliveriesTable>): Delivery => ({
  id: row.id,
  outboxId: row.outbox_id,
  webhookId: row.webhook_id,
  channel: row.channel as DeliveryChannel,
  target: row.target,
  eventType: row.event_type as NotificationEventType,
  body: row.body,
  headers: parseJson<Record<string, string>>(row.headers, {}),
  status: row.status as DeliveryStatus,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  leaseUntil: row.lease_until,
  lastStatusCode: row.last_status_code,
  lastError: row.last_error,
  lastAttemptAt: row.last_attempt_at,
  deliveredAt: row.delivered_at,
  createdAt: row.created_at,
});

const attemptFromRow = (row: Selectable<DeliveryAttemptsTable>): DeliveryAttempt => ({
  deliveryId: row.delivery_id,
  attempt: row.attempt,
  at: row.at,
  statusCode: row.status_code,
  error: row.error,
  durationMs: row.duration_ms,
});

/** Inserts and `IN` lists go in chunks, well under both engines' parameter limits. */
const CHUNK = 500;

/** `lockRows`: inside a PostgreSQL transaction, claims read rows FOR UPDATE SKIP LOCKED. */
export function sqlDeliveryStore(db: Kysely<Database>, lockRows = false): DeliveryStore {
  return {
    async insertMany(deliveries) {
      // 17 columns a row: 50 rows stay far below SQLite's 32,766 parameters.
      for (let i = 0; i < deliveries.length; i += 50) {
        await db
          .insertInto('deliveries')
          .values(deliveries.slice(i, i + 50).map(rowFromDelivery))
          .execute();
      }
    },
    async claimDue({ now, leaseUntil, limit }) {
      const due = db
        .selectFrom('deliveries')
        .selectAll()
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
        .where((eb) =>
          eb.or([
            eb('webhook_id', 'is', null),
            eb('webhook_id', 'in', eb.selectFrom('webhooks').select('id').where('is_active', '=', 1)),
          ]),
        )
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(limit);
      // SQLite needs no lock: BEGIN IMMEDIATE already makes this the only writer.
      const rows = await (lockRows ? due.forUpdate().skipLocked() : due).execute();
      if (rows.length === 0) {
        return [];
      }
      await db
        .updateTable('deliveries')
        .set({ lease_until: leaseUntil })
        .where(
          'id',
          'in',
          rows.map((row) => row.id),
        )
        .execute();
      return rows.map((row) => ({ ...deliveryFromRow(row), leaseUntil }));
    },
    async recordAttempt(attempt, outcome) {
      const result = await db
        .updateTable('deliveries')
        .set({
          status: outcome.status,
          attempts: attempt.attempt,
          next_attempt_at: outcome.status === 'pending' ? outcome.nextAttemptAt : null,
          lease_until: null,
          last_status_code: attempt.statusCode,
          last_error: attempt.error,
          last_attempt_at: attempt.at,
          delivered_at: outcome.status === 'delivered' ? outcome.deliveredAt : null,
        })
        .where('id', '=', attempt.deliveryId)
        .where('attempts', '=', attempt.attempt - 1)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        return false;
      }
      await db
        .insertInto('delivery_attempts')
        .values({
          delivery_id: attempt.deliveryId,
          attempt: attempt.attempt,
          at: attempt.at,
          status_code: attempt.statusCode,
          error: attempt.error,
          duration_ms: Math.max(0, Math.round(attempt.durationMs)),
        })
        .execute();
      return true;
    },
    async listForWebhook(webhookId, { after, limit }) {
      let q = db.selectFrom('deliveries').selectAll().where('webhook_id', '=', webhookId);
      if (after) {
        const { at, id } = after;
        q = q.where((eb) =>
          eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]),
        );
      }
      const rows = await q
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
      const ids = rows.map((row) => row.id);
      const logs = new Map<string, DeliveryAttempt[]>(ids.map((id) => [id, []]));
      for (let i = 0; i < ids.length; i += CHUNK) {
        const chunk = await db
          .selectFrom('delivery_attempts')
          .selectAll()
          .where('delivery_id', 'in', ids.slice(i, i + CHUNK))
          .orderBy('attempt')
          .execute();
        for (const row of chunk) {
          logs.get(row.delivery_id)?.push(attemptFromRow(row));
        }
      }
      return rows.map((row) => ({ ...deliveryFromRow(row), log: logs.get(row.id) ?? [] }));
    },
    async retarget(webhookId, url) {
      const result = await db
        .updateTable('deliveries')
        .set({ target: url })
        .where('webhook_id', '=', webhookId)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async removeForWebhook(webhookId) {
      const ids = db.selectFrom('deliveries').select('id').where('webhook_id', '=', webhookId);
      await db.deleteFrom('delivery_attempts').where('delivery_id', 'in', ids).execute();
      await db.deleteFrom('deliveries').where('webhook_id', '=', webhookId).execute();
    },
  };
}
