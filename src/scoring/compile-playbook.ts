import type { EventType } from '../events/event.ts';
import type { Decay, EngagementRule, FitRule, Playbook } from '../playbook/playbook-schema.ts';
import { compileOperand, type Matcher } from './compile-operand.ts';
import { compileFitReader, compilePathReader } from './read-field.ts';
import type { ScoringFacts } from './scoring-facts.ts';

/**
 * Scores are kept in integer cents (hundredths of a point) so that the lines of an
 * explanation add up to the total exactly.
 */
export const toCents = (points: number): number => Math.round(points * 100);
export const fromCents = (cents: number): number => cents / 100;

export interface CompiledFitRule {
  rule: FitRule;
  read: (facts: ScoringFacts) => unknown;
  matches: Matcher;
  cents: number;
}

export interface CompiledEngagementRule {
  rule: EngagementRule;
  /** Position in `playbook.engagement.rules`, the order explanations follow. */
  index: number;
  conditions: { read: (props: unknown) => unknown; matches: Matcher }[];
  cents: number;
  capCents: number | null;
}

export interface CompiledPlaybook {
  fit: CompiledFitRule[];
  gradeCents: { A: number; B: number; C: number };
  engagement: CompiledEngagementRule[];
  /** Engagement rules by event type, so each event meets only the rules about it. */
  byEvent: ReadonlyMap<EventType, CompiledEngagementRule[]>;
  decay: Decay;
  totalCapCents: number | null;
  handRaiseTypes: ReadonlySet<EventType>;
}

// Rescoring runs one playbook over many leads: compile it once. Playbooks are treated
// as immutable values; a changed playbook is a new object (a new version).
const cache = new WeakMap<Playbook, CompiledPlaybook>();

/**
 * The playbook's rules with readers and keyword lists prepared, cached per playbook object.
 *
 * @example compilePlaybook(defaultPlaybook()).byEvent.get('page_view')?.length // 2
 */
export function compilePlaybook(playbook: Playbook): CompiledPlaybook {
  const cached = cache.get(playbook);
  if (cached) {
    return cached;
  }
  const engagement = playbook.engagement.rules.map((rule, index) => ({
    rule,
    index,
    conditions: (rule.when ?? []).map((condition) => ({
      read: compilePathReader(condition.field),
      matches: compileOperand(condition),
    })),
    cents: toCents(rule.points),
    capCents: rule.cap === undefined ? null : toCents(rule.cap),
  }));
  const byEvent = new Map<EventType, CompiledEngagementRule[]>();
  for (const compiled of engagement) {
    byEvent.set(compiled.rule.event, [...(byEvent.get(compiled.rule.event) ?? []), compiled]);
  }
  const { A, B, C } = playbook.fit.grades;
  const compiled: CompiledPlaybook = {
    fit: playbook.fit.rules.map((rule) => ({
      rule,
      read: compileFitReader(rule.field),
      matches: compileOperand(rule),
      cents: toCents(rule.points),
    })),
    gradeCents: { A: toCents(A), B: toCents(B), C: toCents(C) },
    engagement,
    byEvent,
    decay: playbook.engagement.decay,
    totalCapCents: playbook.engagement.totalCap === undefined ? null : toCents(playbook.engagement.totalCap),
    handRaiseTypes: new Set(playbook.mql.anyOf.flatMap((condition) => condition.handRaise ?? [])),
  };
  cache.set(playbook, compiled);
  return compiled;
}
