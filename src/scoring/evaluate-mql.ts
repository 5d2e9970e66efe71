import type { EventType } from '../events/event.ts';
import type { Grade, MqlCondition } from '../playbook/playbook-schema.ts';
import { fromCents, toCents } from './compile-playbook.ts';
import { DAY_MS } from './decay.ts';
import { GRADE_RANK } from './score-fit.ts';
import type { ScoredEvent } from './scoring-facts.ts';

/** What the MQL rule looks at, as of one time. Amounts are in cents. */
export interface MqlFacts {
  grade: Grade;
  fitCents: number;
  engagementCents: number;
  /** The newest hand-raise of each type that may count (already limited by `since`). */
  handRaises: ReadonlyMap<EventType, number>;
  asOf: number;
  handRaiseSince?: number | undefined;
}

/**
 * Whether every clause of an MQL condition holds, without building the explanation
 * (the fast path for replays).
 *
 * @example mqlConditionHolds({ id: 'x', minGrade: 'B' }, { ...facts, grade: 'A' }) // true
 */
export function mqlConditionHolds(condition: MqlCondition, facts: MqlFacts): boolean {
  return (
    (condition.minGrade === undefined || meetsGrade(facts.grade, condition.minGrade)) &&
    (condition.minFit === undefined || facts.fitCents >= toCents(condition.minFit)) &&
    (condition.minEngagement === undefined || facts.engagementCents >= toCents(condition.minEngagement)) &&
    (condition.handRaise === undefined || raisedHand(condition, facts) !== undefined)
  );
}

/**
 * Checks one MQL condition: every clause present must hold. Returns the clauses met and
 * the ones missing, as short English phrases for the explanation.
 *
 * @example checkMqlCondition({ id: 'x', minGrade: 'B' }, facts) // { passed: false, met: [], missing: ['grade C is below B'] }
 */
export function checkMqlCondition(
  condition: MqlCondition,
  facts: MqlFacts,
): { passed: boolean; met: string[]; missing: string[] } {
  const met: string[] = [];
  const missing: string[] = [];
  const clause = (holds: boolean, yes: string, no: string) => (holds ? met : missing).push(holds ? yes : no);
  const { minGrade, minFit, minEngagement, handRaise, handRaiseWithinDays } = condition;
  if (minGrade !== undefined) {
    const { grade } = facts;
    clause(
      meetsGrade(grade, minGrade),
      `grade ${grade} meets ${minGrade}`,
      `grade ${grade} is below ${minGrade}`,
    );
  }
  if (minFit !== undefined) {
    const fit = fromCents(facts.fitCents);
    clause(
      facts.fitCents >= toCents(minFit),
      `fit ${fit} reaches ${minFit}`,
      `fit ${fit} is below ${minFit}`,
    );
  }
  if (minEngagement !== undefined) {
    const engagement = fromCents(facts.engagementCents);
    clause(
      facts.engagementCents >= toCents(minEngagement),
      `engagement ${engagement} reaches ${minEngagement}`,
      `engagement ${engagement} is below ${minEngagement}`,
    );
  }
  if (handRaise !== undefined) {
    const raised = raisedHand(condition, facts);
    const since = facts.handRaiseSince === undefined ? '' : ` since ${isoTime(facts.handRaiseSince)}`;
    const within = handRaiseWithinDays === undefined ? '' : ` in the last ${handRaiseWithinDays} days`;
    clause(
      raised !== undefined,
      `hand-raise ${raised?.type} at ${isoTime(raised?.at ?? 0)}`,
      `no hand-raise (${handRaise.join(' or ')})${since}${within}`,
    );
  }
  return { passed: missing.length === 0, met, missing };
}

const meetsGrade = (grade: Grade, minimum: Grade): boolean => GRADE_RANK[grade] <= GRADE_RANK[minimum];

/** The first listed hand-raise type that happened (within the window, if any). */
function raisedHand(condition: MqlCondition, facts: MqlFacts): { type: EventType; at: number } | undefined {
  const oldest =
    condition.handRaiseWithinDays === undefined
      ? -Infinity
      : facts.asOf - condition.handRaiseWithinDays * DAY_MS;
  for (const type of condition.handRaise ?? []) {
    const at = facts.handRaises.get(type);
    if (at !== undefined && at >= oldest) {
      return { type, at };
    }
  }
  return undefined;
}

const isoTime = (ms: number): string => new Date(ms).toISOString();

/**
 * The MQL rule: the first condition (in playbook order) whose clauses all hold, and a
 * sentence saying why it passed or, for each condition, what is missing.
 *
 * @example evaluateMql(playbook.mql.anyOf, facts).why
 * // 'not MQL: fit-and-engaged: grade C is below B and engagement 32 is below 50; hand-raise: no hand-raise (demo_request or proposal_request)'
 */
export function evaluateMql(
  conditions: readonly MqlCondition[],
  facts: MqlFacts,
): { passed: boolean; why: string; condition: string | null } {
  const missing: string[] = [];
  for (const condition of conditions) {
    const check = checkMqlCondition(condition, facts);
    if (check.passed) {
      return {
        passed: true,
        why: `MQL by ${condition.id}: ${check.met.join(' and ')}`,
        condition: condition.id,
      };
    }
    missing.push(`${condition.id}: ${check.missing.join(' and ')}`);
  }
  return { passed: false, why: `not MQL: ${missing.join('; ')}`, condition: null };
}

/**
 * The newest event of each hand-raise type in `[since, asOf]`. O(events).
 *
 * @example latestHandRaises(events, new Set(['demo_request']), asOf, rejectedAt)
 */
export function latestHandRaises(
  events: readonly ScoredEvent[],
  types: ReadonlySet<EventType>,
  asOf: number,
  since = -Infinity,
): Map<EventType, number> {
  const latest = new Map<EventType, number>();
  for (const event of events) {
    if (types.has(event.type) && event.occurredAt <= asOf && event.occurredAt >= since) {
      latest.set(event.type, Math.max(latest.get(event.type) ?? -Infinity, event.occurredAt));
    }
  }
  return latest;
}
