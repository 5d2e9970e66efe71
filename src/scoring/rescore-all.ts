import type { Transactor } from '../kernel/transactor.ts';
import { type EvaluateStores, evaluateLead } from '../lifecycle/evaluate-lead.ts';
import type { LifecycleHooks } from '../lifecycle/lifecycle-hooks.ts';
import type { PlaybookVersion } from '../playbook/playbook-store.ts';

export interface RescoreProgress {
  version: number;
  total: number;
  done: number;
  /** Leads that became MQL because of the new version (only with `requalify`). */
  qualified: number;
  startedAt: number;
  finishedAt: number | null;
}

/** Leads per transaction: short enough that live requests wait milliseconds, not seconds. */
export const RESCORE_BATCH = 250;

/**
 * Rescores every lead not yet scored under `playbook`, in batches of short transactions
 * with a pause between them so the API keeps answering. Idempotent and resumable: a
 * lead scored under the version (by this run or a live event) is skipped.
 *
 * `requalify: true` also moves leads that now pass the MQL rule; by default a new
 * version changes scores only and leads move on their next event.
 */
export async function rescoreAll<S extends EvaluateStores>(
  deps: { db: Transactor<S>; read: S; hooks: Pick<LifecycleHooks<S>, 'run'>; now: () => number },
  playbook: PlaybookVersion,
  options: {
    requalify?: boolean;
    batchSize?: number;
    onProgress?: (p: RescoreProgress) => void;
    shouldStop?: () => boolean;
  } = {},
): Promise<RescoreProgress> {
  const progress: RescoreProgress = {
    version: playbook.version,
    total: await deps.read.leads.countStale(playbook.version),
    done: 0,
    qualified: 0,
    startedAt: deps.now(),
    finishedAt: null,
  };
  options.onProgress?.(progress);
  let afterId: string | null = null;
  while (!options.shouldStop?.()) {
    const batch: { last: string | null; qualified: number; count: number } = await deps.db.transaction(
      async (stores) => {
        const leads = await stores.leads.scan(afterId, options.batchSize ?? RESCORE_BATCH, {
          staleForPlaybook: playbook.version,
        });
        const eventsByLead = await stores.events.forLeads(leads.map((l) => l.id));
        let qualified = 0;
        const now = deps.now();
        for (const lead of leads) {
          const evaluation = await evaluateLead(stores, { playbook, hooks: deps.hooks, live: true }, lead, {
            now,
            triggerAt: now,
            qualify: options.requalify ?? false,
            events: eventsByLead.get(lead.id) ?? [],
          });
          qualified += evaluation.transition ? 1 : 0;
        }
        return { last: leads.at(-1)?.id ?? null, qualified, count: leads.length };
      },
    );
    if (batch.last === null) {
      break;
    }
    afterId = batch.last;
    progress.done += batch.count;
    progress.qualified += batch.qualified;
    options.onProgress?.(progress);
    // Let queued requests run between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  progress.finishedAt = deps.now();
  options.onProgress?.(progress);
  return progress;
}
