import {
  type RoutingConfig,
  type RoutingRule,
  type RoutingTarget,
  UNASSIGNED_QUEUE,
} from '../routing/routing-schema.ts';
import { describeField, describeOperand, formatNumber, joinWords } from './describe-rule.ts';
import type { Block } from './document-blocks.ts';
import { type Lang, labelIn } from './localized-text.ts';
import { ROUTING_LABELS } from './routing-labels.ts';

/**
 * Routing as blocks: whether the account owner comes first, the rules in order with their
 * conditions in words and their target, the fallback as the last row, and how a team
 * shares its leads.
 *
 * @example routingBlocks(routingSchema.parse({}), 'en')[3] // { kind: 'table', rows: [['1', 'Fallback', 'no rule above assigned the lead', 'queue “unassigned”, …']] }
 */
export function routingBlocks(routing: RoutingConfig, lang: Lang): Block[] {
  const t = ROUTING_LABELS[lang];
  const { fallback } = routing;
  const fallbackTarget =
    'queue' in fallback
      ? t.queue(fallback.queue)
      : // A fallback team with nobody available leaves the lead in the unassigned queue (choose-owner.ts).
        `${describeTarget(fallback, lang)}${t.orQueue(UNASSIGNED_QUEUE)}`;
  const rows = routing.rules.map((rule, i) => [
    formatNumber(i + 1, lang),
    labelIn(rule.label, lang) ?? rule.id,
    describeRuleWhen(rule, lang),
    describeTarget(rule.assign, lang),
  ]);
  rows.push([formatNumber(rows.length + 1, lang), t.fallback, t.fallbackWhen, fallbackTarget]);
  return [
    { kind: 'heading', level: 2, text: t.heading },
    { kind: 'paragraph', text: routing.accountOwnerFirst ? t.accountOwnerFirst : t.noAccountOwnerFirst },
    { kind: 'paragraph', text: t.rulesIntro },
    { kind: 'table', head: [t.order, t.rule, t.when, t.assignTo], rows },
    { kind: 'paragraph', text: t.roundRobin },
  ];
}

/** A rule's conditions in words, all of which must hold: `Estado (UF) da empresa é um de “RS”, “SC” ou “PR”`. */
export function describeRuleWhen(rule: Pick<RoutingRule, 'when'>, lang: Lang): string {
  const conditions = (rule.when ?? []).map(
    (condition) => `${describeField(condition.field, lang)} ${describeOperand(condition, lang)}`,
  );
  return conditions.length === 0 ? ROUTING_LABELS[lang].everyLead : joinWords(conditions, lang, 'and');
}

/** Who a rule hands the lead to: `o usuário ana@acme.com.br`, `team “sul”, only reps covering…`. */
export function describeTarget(target: RoutingTarget, lang: Lang): string {
  const t = ROUTING_LABELS[lang];
  if ('user' in target) {
    return t.user(target.user);
  }
  return `${t.team(target.team)}${target.matchRegion ? t.matchRegion : ''}`;
}
