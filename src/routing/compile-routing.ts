import { compileOperand } from '../scoring/compile-operand.ts';
import { compileFitReader } from '../scoring/read-field.ts';
import type { ScoringFacts } from '../scoring/scoring-facts.ts';
import type { RoutingConfig, RoutingRule } from './routing-schema.ts';

export interface CompiledRoutingRule {
  rule: RoutingRule;
  /** Whether every condition of the rule holds for the lead (true without conditions). */
  matches(facts: ScoringFacts): boolean;
}

// Routing runs one playbook for many leads: compile its conditions once per config object.
const cache = new WeakMap<RoutingConfig, CompiledRoutingRule[]>();

/**
 * The routing rules with their conditions compiled by the same readers and operators as
 * fit rules (text compared without case or accents).
 *
 * @example compileRouting(routing)[0]?.matches({ lead, company: { state: 'SP', … } }) // true
 */
export function compileRouting(routing: RoutingConfig): CompiledRoutingRule[] {
  const cached = cache.get(routing);
  if (cached) {
    return cached;
  }
  const compiled = routing.rules.map((rule) => {
    const conditions = (rule.when ?? []).map((condition) => ({
      read: compileFitReader(condition.field),
      test: compileOperand(condition),
    }));
    return {
      rule,
      matches: (facts: ScoringFacts) => conditions.every(({ read, test }) => test(read(facts))),
    };
  });
  cache.set(routing, compiled);
  return compiled;
}
