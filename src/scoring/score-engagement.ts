import type { Decay } from '../playbook/playbook-schema.ts';
import { type CompiledEngagementRule, type CompiledPlaybook, fromCents } from './compile-playbook.ts';
import { DAY_MS, decayFactor } from './decay.ts';
import type { Contribution, ScoredEvent } from './scoring-facts.ts';

/** The id of the line that records a cut by `engagement.totalCap`. */
export const TOTAL_CAP_RULE = 'engagement.totalCap';

/**
 * Engagement of a lead at `asOf` (in cents) and its explanation. Events after `asOf`
 * are ignored; each matching event is worth the rule's points decayed by its age at
 * `asOf`, rounded to the cent; a `once` rule counts only its newest event. Caps apply
 * to decayed points: a per-rule cap bounds the rule's total (in absolute value, so it
 * also bounds negative rules), the total cap bounds the sum; each cut is a `cap` line.
 * O(events × rules of the event's type).
 *
 * @example scoreEngagement(compilePlaybook(playbook), events, Date.parse('2026-03-13T12:00:00Z'))
 */
export function scoreEngagement(
  compiled: CompiledPlaybook,
  events: readonly ScoredEvent[],
  asOf: number,
): { cents: number; contributions: Contribution[] } {
  const matched: ScoredEvent[][] = compiled.engagement.map(() => []);
  for (const event of events) {
    if (event.occurredAt > asOf) {
      continue;
    }
    for (const compiledRule of compiled.byEvent.get(event.type) ?? []) {
      if (!compiledRule.conditions.every(({ read, matches }) => matches(read(event.props)))) {
        continue;
      }
      const list = matched[compiledRule.index] ?? [];
      const newest = list[0];
      if (compiledRule.rule.repeat === 'each') {
        list.push(event);
      } else if (!newest || isLater(event, newest)) {
        list[0] = event;
      }
    }
  }
  let cents = 0;
  const contributions: Contribution[] = [];
  for (const compiledRule of compiled.engagement) {
    const list = (matched[compiledRule.index] ?? []).sort(compareEvents);
    cents += addRuleLines(compiledRule, list, asOf, compiled.decay, contributions);
  }
  if (compiled.totalCapCents !== null && cents > compiled.totalCapCents) {
    const cut = compiled.totalCapCents - cents;
    contributions.push(
      capLine(TOTAL_CAP_RULE, cut, `total engagement is capped at ${fromCents(compiled.totalCapCents)}`),
    );
    cents += cut;
  }
  return { cents, contributions };
}

/** Appends the rule's lines (events, then its cap cut) and returns the rule's total in cents. */
function addRuleLines(
  { rule, cents: ruleCents, capCents }: CompiledEngagementRule,
  events: readonly ScoredEvent[],
  asOf: number,
  decay: Decay,
  out: Contribution[],
): number {
  let sum = 0;
  for (const event of events) {
    const factor = rule.decays ? decayFactor(decay, asOf - event.occurredAt) : 1;
    const decayed = Math.round(ruleCents * factor);
    if (decayed === 0) {
      // Expired or faded to nothing: not part of the score, not worth a line.
      continue;
    }
    sum += decayed;
    const line: Contribution = {
      rule: rule.id,
      kind: 'engagement',
      points: fromCents(ruleCents),
      decayedPoints: fromCents(decayed),
      eventId: event.id,
    };
    if (factor !== 1) {
      const ageDays = (asOf - event.occurredAt) / DAY_MS;
      line.note = `${ageDays.toFixed(1)} days old, worth ×${factor.toFixed(3)}`;
    }
    out.push(line);
  }
  if (capCents !== null && Math.abs(sum) > capCents) {
    const cut = Math.sign(sum) * capCents - sum;
    out.push(capLine(rule.id, cut, `rule is capped at ${fromCents(capCents)}`));
    sum += cut;
  }
  return sum;
}

const capLine = (rule: string, cutCents: number, note: string): Contribution => ({
  rule,
  kind: 'cap',
  points: fromCents(cutCents),
  decayedPoints: fromCents(cutCents),
  note,
});

/**
 * Time order, ties broken by id so that results do not depend on the input order.
 *
 * @example [...events].sort(compareEvents)
 */
export const compareEvents = (a: ScoredEvent, b: ScoredEvent): number =>
  a.occurredAt - b.occurredAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const isLater = (a: ScoredEvent, b: ScoredEvent): boolean => compareEvents(a, b) > 0;
