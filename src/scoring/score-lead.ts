import type { Playbook } from '../playbook/playbook-schema.ts';
import { compilePlaybook, fromCents } from './compile-playbook.ts';
import { evaluateMql, latestHandRaises } from './evaluate-mql.ts';
import { scoreEngagement } from './score-engagement.ts';
import { gradeForCents, scoreFit } from './score-fit.ts';
import type { ScoredEvent, ScoreResult, ScoringFacts } from './scoring-facts.ts';

export type { Contribution, Grade, ScoredEvent, ScoreResult, ScoringFacts } from './scoring-facts.ts';

/**
 * Scores a lead under a playbook as of `asOf` (epoch ms): fit and grade from the lead
 * and its company, engagement from the events up to `asOf` with decay and caps, the MQL
 * rule, and every line that made the numbers. Fit lines add up to `fit` and
 * engagement + cap lines to `engagement`, to the cent. Pure; O(events × rules).
 *
 * `handRaiseSince`: hand-raise events before this time do not count (pass the time the
 * lead was last rejected/recycled, so an old demo request is not used twice).
 *
 * @example
 * const score = scoreLead(playbook, { lead, company }, events, Date.now());
 * score.mqlRule // { passed: true, why: 'MQL by hand-raise: hand-raise demo_request at … and grade C meets C', condition: 'hand-raise' }
 */
export function scoreLead(
  playbook: Playbook,
  facts: ScoringFacts,
  events: readonly ScoredEvent[],
  asOf: number,
  options: { handRaiseSince?: number } = {},
): ScoreResult {
  const compiled = compilePlaybook(playbook);
  const fit = scoreFit(compiled, facts);
  const grade = gradeForCents(fit.cents, compiled.gradeCents);
  const engagement = scoreEngagement(compiled, events, asOf);
  const mqlRule = evaluateMql(playbook.mql.anyOf, {
    grade,
    fitCents: fit.cents,
    engagementCents: engagement.cents,
    handRaises: latestHandRaises(events, compiled.handRaiseTypes, asOf, options.handRaiseSince),
    asOf,
    handRaiseSince: options.handRaiseSince,
  });
  return {
    fit: fromCents(fit.cents),
    grade,
    engagement: fromCents(engagement.cents),
    mqlRule,
    contributions: [...fit.contributions, ...engagement.contributions],
  };
}
