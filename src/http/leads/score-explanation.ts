import { z } from 'zod';
import { describeMqlCondition } from '../../playbook/describe-rule.ts';
import type { Label, LocalizedText, Playbook } from '../../playbook/playbook-schema.ts';
import { compilePlaybook, toCents } from '../../scoring/compile-playbook.ts';
import { checkMqlCondition, latestHandRaises } from '../../scoring/evaluate-mql.ts';
import type { ScoredEvent, ScoreResult } from '../../scoring/score-lead.ts';
import { isoSchema } from '../common.schemas.ts';

const localizedSchema = z.object({ 'pt-BR': z.string(), en: z.string() });

/** What the explanation adds for people: rule names in both languages and each MQL condition in words. */
export const explanationExtrasSchema = {
  contribution: {
    label: localizedSchema.nullable().meta({
      description: 'The rule’s label from the playbook; null for the total cap or an unlabelled rule.',
    }),
    occurredAt: isoSchema
      .optional()
      .meta({ description: 'When the event behind an engagement line happened.' }),
  },
  conditions: z
    .array(
      z.object({
        id: z.string(),
        label: localizedSchema.nullable(),
        rule: localizedSchema.meta({ description: 'The condition in words, in both languages.' }),
        passed: z.boolean(),
      }),
    )
    .meta({ description: 'Every condition of the MQL rule, in playbook order, and whether it holds.' }),
};

const localized = (label: Label): LocalizedText | null =>
  label === undefined ? null : typeof label === 'string' ? { 'pt-BR': label, en: label } : label;

/**
 * The score's lines with their rules' labels and event times, and every MQL condition in
 * words with whether it holds (the same check as the score's `mqlRule`), so the UI can
 * explain a score in the reader's language.
 *
 * @example explainScore(playbook, score, events, asOf).conditions[0] // { id: 'perfil-e-engajamento', passed: false, rule: { 'pt-BR': 'nota B ou melhor e …', en: '…' }, … }
 */
export function explainScore(
  playbook: Playbook,
  score: ScoreResult,
  events: readonly ScoredEvent[],
  asOf: number,
  handRaiseSince: number | undefined,
) {
  const labels = new Map<string, LocalizedText | null>([
    ...playbook.fit.rules.map((rule) => [rule.id, localized(rule.label)] as const),
    ...playbook.engagement.rules.map((rule) => [rule.id, localized(rule.label)] as const),
  ]);
  const eventTimes = new Map(events.map((event) => [event.id, event.occurredAt]));
  const facts = {
    grade: score.grade,
    fitCents: toCents(score.fit),
    engagementCents: toCents(score.engagement),
    handRaises: latestHandRaises(events, compilePlaybook(playbook).handRaiseTypes, asOf, handRaiseSince),
    asOf,
    handRaiseSince,
  };
  return {
    contributions: score.contributions.map((line) => {
      const at = line.eventId === undefined ? undefined : eventTimes.get(line.eventId);
      return {
        ...line,
        label: labels.get(line.rule) ?? null,
        ...(at === undefined ? {} : { occurredAt: new Date(at).toISOString() }),
      };
    }),
    conditions: playbook.mql.anyOf.map((condition) => ({
      id: condition.id,
      label: localized(condition.label),
      rule: {
        'pt-BR': describeMqlCondition(condition, 'pt-BR'),
        en: describeMqlCondition(condition, 'en'),
      },
      passed: checkMqlCondition(condition, facts).passed,
    })),
  };
}
