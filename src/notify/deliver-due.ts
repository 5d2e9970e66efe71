import type { Transactor } from '../kernel/transactor.ts';
import type { Delivery, DeliveryOutcome, DeliveryStore } from './delivery-store.ts';
import { nextAttemptAt } from './retry-schedule.ts';
import type { SendDelivery, SendResult } from './send-delivery.ts';

/**
 * How long a claimed delivery is held by the process sending it. Past it (the process
 * died mid-send) another process may claim it again; a batch's sends run in parallel
 * and time out after 10-20 s, well inside it.
 */
export const LEASE_MS = 60_000;

/** The deliveries log keeps this much of an error. */
const MAX_ERROR = 1000;

export interface DeliverDeps {
  db: Transactor<{ deliveries: DeliveryStore }>;
  send: SendDelivery;
  now: () => number;
  random?: () => number;
  /** A monotonic ms counter for attempt durations (`performance.now` by default). */
  elapsed?: () => number;
}

export interface DeliverReport {
  claimed: number;
  delivered: number;
  retried: number;
  failed: number;
}

/**
 * Where a delivery goes after attempt number `attempt`: delivered, due again on the
 * retry schedule, or failed when the schedule is exhausted.
 *
 * @example outcomeOf(1, { ok: false }, now, () => 0.5) // { status: 'pending', nextAttemptAt: now + 30_000 }
 */
export function outcomeOf(
  attempt: number,
  result: SendResult,
  at: number,
  random?: () => number,
): DeliveryOutcome {
  if (result.ok) {
    return { status: 'delivered', deliveredAt: at };
  }
  const next = nextAttemptAt(attempt, at, random);
  return next === null ? { status: 'failed' } : { status: 'pending', nextAttemptAt: next };
}

/**
 * Claims up to `limit` due deliveries (short transaction), sends them in parallel with no
 * transaction open, and records each attempt and its outcome (one short transaction
 * each). Deliveries are sent at least once: a process that dies after sending but before
 * recording leaves the delivery to be sent again when its lease ends; receivers drop
 * repeats by `X-Bastao-Delivery`.
 */
export async function deliverDue(deps: DeliverDeps, limit: number): Promise<DeliverReport> {
  const claimedAt = deps.now();
  const claimed = await deps.db.transaction((stores) =>
    stores.deliveries.claimDue({ now: claimedAt, leaseUntil: claimedAt + LEASE_MS, limit }),
  );
  const report: DeliverReport = { claimed: claimed.length, delivered: 0, retried: 0, failed: 0 };
  await Promise.all(
    claimed.map(async (delivery) => {
      const outcome = await attempt(deps, delivery);
      if (outcome !== null) {
        report[outcome.status === 'pending' ? 'retried' : outcome.status] += 1;
      }
    }),
  );
  return report;
}

/** Sends once and records the attempt; null when another process recorded it first. */
async function attempt(deps: DeliverDeps, delivery: Delivery): Promise<DeliveryOutcome | null> {
  const elapsed = deps.elapsed ?? (() => performance.now());
  const started = elapsed();
  const result = await deps.send(delivery).catch(
    (error: unknown): SendResult => ({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    }),
  );
  const durationMs = elapsed() - started;
  const at = deps.now();
  const number = delivery.attempts + 1;
  const outcome = outcomeOf(number, result, at, deps.random);
  const recorded = await deps.db.transaction((stores) =>
    stores.deliveries.recordAttempt(
      {
        deliveryId: delivery.id,
        attempt: number,
        at,
        statusCode: result.statusCode ?? null,
        error: result.ok ? null : (result.error ?? 'failed').slice(0, MAX_ERROR),
        durationMs,
      },
      outcome,
    ),
  );
  return recorded ? outcome : null;
}
