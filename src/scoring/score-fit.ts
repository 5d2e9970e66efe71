import type { Grade, Playbook } from '../playbook/playbook-schema.ts';
import { type CompiledPlaybook, fromCents, toCents } from './compile-playbook.ts';
import type { Contribution, ScoringFacts } from './scoring-facts.ts';

/**
 * Fit points of a lead (in cents) and one contribution per rule that matched, in
 * playbook order. Fit does not decay: `decayedPoints` equals `points`.
 *
 * @example scoreFit(compilePlaybook(playbook), facts) // { cents: 4500, contributions: [...] }
 */
export function scoreFit(
  compiled: CompiledPlaybook,
  facts: ScoringFacts,
): { cents: number; contributions: Contribution[] } {
  let cents = 0;
  const contributions: Contribution[] = [];
  for (const { rule, read, matches, cents: ruleCents } of compiled.fit) {
    const value = read(facts);
    if (!matches(value)) {
      continue;
    }
    cents += ruleCents;
    const points = fromCents(ruleCents);
    contributions.push({
      rule: rule.id,
      kind: 'fit',
      points,
      decayedPoints: points,
      note: describeValue(rule.field, value),
    });
  }
  return { cents, contributions };
}

/**
 * The grade of a fit total: A, B or C from the playbook's minimum points, D below C.
 *
 * @example gradeFor(45, { A: 65, B: 45, C: 25 }) // 'B'
 */
export function gradeFor(fit: number, grades: Playbook['fit']['grades']): Grade {
  return gradeForCents(toCents(fit), { A: toCents(grades.A), B: toCents(grades.B), C: toCents(grades.C) });
}

export function gradeForCents(fitCents: number, grades: CompiledPlaybook['gradeCents']): Grade {
  if (fitCents >= grades.A) {
    return 'A';
  }
  if (fitCents >= grades.B) {
    return 'B';
  }
  return fitCents >= grades.C ? 'C' : 'D';
}

/** Grades from best to worst: `GRADE_RANK.A < GRADE_RANK.D`. */
export const GRADE_RANK: Record<Grade, number> = { A: 0, B: 1, C: 2, D: 3 };

function describeValue(field: string, value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const short = text.length > 80 ? `${text.slice(0, 77)}...` : text;
  return `${field} = ${typeof value === 'string' ? `"${short}"` : short}`;
}
