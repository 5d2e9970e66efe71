import type { EventType } from '../events/event.ts';
import type { MqlCondition, Playbook } from '../playbook/playbook-schema.ts';
import { compilePlaybook } from './compile-playbook.ts';
import { type EngagementBounds, EngagementReplay } from './engagement-replay.ts';
import { type MqlFacts, mqlConditionHolds } from './evaluate-mql.ts';
import { compareEvents } from './score-engagement.ts';
import { gradeForCents, scoreFit } from './score-fit.ts';
import { scoreLead } from './score-lead.ts';
import type { ScoredEvent, ScoringFacts } from './scoring-facts.ts';

export interface FirstQualification {
  /** The time of the event at which the MQL rule first passed (epoch ms). */
  at: number;
  eventId: string;
  /** The id of the MQL condition that passed. */
  condition: string;
}

/**
 * When the lead would first have become MQL under `playbook`: events are replayed in
 * time order and the MQL rule is checked after each event time, exactly as
 * `scoreLead(…, at)` would answer. The result is returned only when it falls in
 * `[from, to)`; a lead that first qualified before `from` gives null (it was not a new
 * MQL in the window). Fit uses the lead and company as they are now.
 *
 * O(events × rules): engagement is carried forward incrementally; only when the
 * running figure sits within rounding distance of a threshold is the exact score
 * computed for that time.
 *
 * @example firstQualification(proposed, { lead, company }, events, { from: Date.parse('2026-01-01T03:00:00Z') })
 * // { at: 1767323400000, eventId: '0193…', condition: 'hand-raise' }
 */
export function firstQualification(
  playbook: Playbook,
  facts: ScoringFacts,
  events: readonly ScoredEvent[],
  options: { from?: number; to?: number } = {},
): FirstQualification | null {
  const compiled = compilePlaybook(playbook);
  const fitCents = scoreFit(compiled, facts).cents;
  const grade = gradeForCents(fitCents, compiled.gradeCents);
  const state: MqlFacts = {
    grade,
    fitCents,
    engagementCents: 0,
    handRaises: new Map<EventType, number>(),
    asOf: 0,
  };
  // Fit does not change over the replay: when no condition can pass on fit, stop here.
  if (
    !playbook.mql.anyOf.some((c) =>
      mqlConditionHolds({ id: c.id, minGrade: c.minGrade, minFit: c.minFit }, state),
    )
  ) {
    return null;
  }
  const to = options.to ?? Number.POSITIVE_INFINITY;
  const sorted = events.filter((event) => event.occurredAt < to).sort(compareEvents);
  const replay = new EngagementReplay(compiled);
  const handRaises = new Map<EventType, number>();
  state.handRaises = handRaises;
  for (let i = 0; i < sorted.length; ) {
    const at = sorted[i]?.occurredAt ?? 0;
    let last: ScoredEvent | undefined;
    // Events at the same instant count together, as they do for scoreLead(…, at).
    for (let event = sorted[i]; event !== undefined && event.occurredAt === at; event = sorted[++i]) {
      replay.add(event);
      if (compiled.handRaiseTypes.has(event.type)) {
        handRaises.set(event.type, at);
      }
      last = event;
    }
    state.asOf = at;
    const condition = passingCondition(playbook.mql.anyOf, state, replay.boundsAt(at));
    if (condition !== null && last) {
      const id = condition === UNSURE ? scoreLead(playbook, facts, sorted, at).mqlRule.condition : condition;
      if (id !== null) {
        return at >= (options.from ?? Number.NEGATIVE_INFINITY)
          ? { at, eventId: last.id, condition: id }
          : null;
      }
    }
  }
  return null;
}

/** Engagement sits within rounding distance of a threshold: only the exact score can tell (rare). */
const UNSURE = Symbol('unsure');

/** The first condition that surely passes, UNSURE when rounding could decide, or null. */
function passingCondition(
  conditions: readonly MqlCondition[],
  state: MqlFacts,
  bounds: EngagementBounds,
): string | typeof UNSURE | null {
  for (const condition of conditions) {
    state.engagementCents = bounds.low;
    if (mqlConditionHolds(condition, state)) {
      return condition.id;
    }
    state.engagementCents = bounds.high;
    if (mqlConditionHolds(condition, state)) {
      return UNSURE;
    }
  }
  return null;
}
