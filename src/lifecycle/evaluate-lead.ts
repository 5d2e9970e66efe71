import type { LeadEvent } from '../events/event.ts';
import type { EventStore } from '../events/event-store.ts';
import type { Company, Lead } from '../leads/lead.ts';
import type { CompanyStore } from '../leads/lead-store.ts';
import type { PlaybookVersion } from '../playbook/playbook-store.ts';
import { type ScoreResult, scoreLead } from '../scoring/score-lead.ts';
import { decideQualification } from './decide-qualification.ts';
import type { Transition } from './lifecycle.ts';
import type { LifecycleHooks } from './lifecycle-hooks.ts';
import { recordTransition, type TransitionStores } from './record-transition.ts';

export interface EvaluateStores extends TransitionStores {
  companies: CompanyStore;
  events: EventStore;
}

export interface Evaluation {
  lead: Lead;
  score: ScoreResult;
  /** The `mql` transition when this evaluation qualified the lead. */
  transition: Transition | null;
}

/**
 * Recomputes a lead's score under the playbook in force and, when the MQL rule now
 * passes (and the lifecycle allows it), makes the lead MQL — in the caller's
 * transaction, so the answer to the request that carried the event already shows it.
 *
 * `trigger.at` is when the causing event happened: the transition is dated then.
 * `qualify: false` only rescores (a playbook change does not move leads by itself).
 */
export async function evaluateLead<S extends EvaluateStores>(
  stores: S,
  context: { playbook: PlaybookVersion; hooks: Pick<LifecycleHooks<S>, 'run'>; live: boolean },
  lead: Lead,
  options: {
    now: number;
    triggerAt: number;
    qualify: boolean;
    /** Preloaded history and company (batch callers read them for many leads at once). */
    events?: readonly LeadEvent[];
    company?: Company | null;
  },
): Promise<Evaluation> {
  const { playbook } = context;
  const events = options.events ?? (await stores.events.forLead(lead.id));
  const company =
    options.company !== undefined
      ? options.company
      : lead.companyId
        ? ((await stores.companies.byId(lead.companyId)) ?? null)
        : null;
  const since = lastMoveAt(lead);
  const score = scoreLead(playbook.playbook, { lead, company }, events, options.now, {
    ...(since === undefined ? {} : { handRaiseSince: since }),
  });
  let current: Lead = {
    ...lead,
    score: {
      fit: score.fit,
      grade: score.grade,
      engagement: score.engagement,
      playbookVersion: playbook.version,
      scoredAt: options.now,
    },
  };
  const decision = options.qualify
    ? decideQualification({
        stage: lead.stage,
        enteredStageAt: lead.stageEnteredAt,
        score,
        playbook: playbook.playbook,
        at: options.now,
      })
    : null;
  if (!decision) {
    await stores.leads.update(current);
    return { lead: current, score, transition: null };
  }
  const recorded = await recordTransition(stores, context.hooks, current, {
    to: decision.to,
    at: Math.min(options.now, Math.max(since ?? Number.NEGATIVE_INFINITY, options.triggerAt)),
    actor: 'system',
    now: options.now,
    reason: decision.reason,
    playbook,
    live: context.live,
  });
  current = recorded.lead;
  return { lead: current, score, transition: recorded.transition };
}

/**
 * When the lead's last stage change happened (undefined: it never moved). A transition is never dated before it,
 * and a hand-raise from before it (say, before a rejection) is not reused. A lead still in its
 * first stage has none: its MQL may predate the record (the causing event can be older
 * than the moment the lead was stored, e.g. anonymous history merged in).
 */
export const lastMoveAt = (lead: Pick<Lead, 'stage' | 'stageEnteredAt' | 'createdAt'>): number | undefined =>
  lead.stage === 'lead' && lead.stageEnteredAt === lead.createdAt ? undefined : lead.stageEnteredAt;
