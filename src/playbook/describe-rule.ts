import type { Operand } from './condition-schema.ts';
import type { Decay, EngagementRule } from './engagement-schema.ts';
import { FIT_FIELDS, type FitField } from './fit-schema.ts';
import type { Lang } from './localized-text.ts';
import type { MqlCondition } from './mql-schema.ts';
import { PLAYBOOK_LABELS } from './playbook-labels.ts';

/** Numbers as people read them in the language (`0,7` in pt-BR). */
export const formatNumber = (n: number, lang: Lang): string =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(n);

/** A share from 0 to 1 as a percentage (`60%`, `65,5%`). */
export const formatPercent = (share: number, lang: Lang): string =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);

/** `+20 pontos`, `-30 points`. */
export const formatPoints = (n: number, lang: Lang): string =>
  PLAYBOOK_LABELS[lang].pointsUnit(
    n,
    new Intl.NumberFormat(lang, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(n),
  );

/** `65 pontos`, `1 point`: an amount without a sign. */
export const formatAmount = (n: number, lang: Lang): string =>
  PLAYBOOK_LABELS[lang].pointsUnit(n, formatNumber(n, lang));

/** `“a”, “b” ou “c”`. */
export function joinWords(words: readonly string[], lang: Lang, conjunction: 'and' | 'or' = 'or'): string {
  const last = words.at(-1) ?? '';
  const joiner = PLAYBOOK_LABELS[lang][conjunction];
  return words.length <= 1 ? last : `${words.slice(0, -1).join(', ')} ${joiner} ${last}`;
}

const quoted = (value: string | number | boolean, lang: Lang) =>
  typeof value === 'number' ? formatNumber(value, lang) : `“${String(value)}”`;

/** The field of a fit rule in words: `Cargo`, `Campo “cnae” do lead`. */
export function describeField(field: string, lang: Lang): string {
  const labels = PLAYBOOK_LABELS[lang];
  if ((FIT_FIELDS as readonly string[]).includes(field)) {
    return labels.fields[field as FitField];
  }
  if (field.startsWith('company.fields.')) {
    return labels.companyCustomField(field.slice('company.fields.'.length));
  }
  return field.startsWith('fields.') ? labels.customField(field.slice('fields.'.length)) : field;
}

/**
 * A comparison in words, after the subject.
 *
 * @example describeOperand({ operator: 'contains', values: ['diretor', 'ceo'] }, 'pt-BR') // 'contém “diretor” ou “ceo”'
 */
export function describeOperand(operand: Operand, lang: Lang): string {
  const { operators } = PLAYBOOK_LABELS[lang];
  const list = (values: readonly (string | number | boolean)[]) =>
    joinWords(
      values.map((v) => quoted(v, lang)),
      lang,
    );
  switch (operand.operator) {
    case 'equals':
      return `${operators.equals} ${list(operand.value === undefined ? [] : [operand.value])}`;
    case 'in':
      return `${operators.in} ${list(operand.values ?? [])}`;
    case 'contains':
      return `${operators.contains} ${list([...(operand.value === undefined ? [] : [operand.value]), ...(operand.values ?? [])])}`;
    case 'range': {
      const { min, max } = operand;
      if (min !== undefined && max !== undefined) {
        return operators.between(formatNumber(min, lang), formatNumber(max, lang));
      }
      return min !== undefined
        ? operators.atLeast(formatNumber(min, lang))
        : operators.atMost(formatNumber(max ?? 0, lang));
    }
    case 'exists':
      return operators.exists;
    default: {
      const unreachable: never = operand.operator;
      return String(unreachable);
    }
  }
}

/** When an engagement rule fires: `Visita de página com a propriedade url contém “/pricing”`. */
export function describeEngagementWhen(rule: EngagementRule, lang: Lang): string {
  const labels = PLAYBOOK_LABELS[lang];
  const conditions = (rule.when ?? []).map(
    (condition) => `${labels.prop(condition.field)} ${describeOperand(condition, lang)}`,
  );
  const event = labels.events[rule.event];
  return conditions.length === 0 ? event : `${event} ${labels.where} ${joinWords(conditions, lang, 'and')}`;
}

/** How an engagement rule counts: `cada vez, até 30 no total`. */
export function describeEngagementCount(rule: EngagementRule, lang: Lang): string {
  const labels = PLAYBOOK_LABELS[lang];
  const parts = [rule.repeat === 'once' ? labels.once : labels.each];
  if (rule.cap !== undefined) {
    parts.push(labels.upTo(formatNumber(rule.cap, lang)));
  }
  if (!rule.decays) {
    parts.push(labels.noFade);
  }
  return parts.join('; ');
}

export function describeDecay(decay: Decay, lang: Lang): string {
  const labels = PLAYBOOK_LABELS[lang];
  switch (decay.mode) {
    case 'none':
      return labels.decayNone;
    case 'half_life':
      return labels.decayHalfLife(formatNumber(decay.days, lang));
    case 'expire':
      return labels.decayExpire(formatNumber(decay.days, lang));
    default: {
      const unreachable: never = decay;
      return String(unreachable);
    }
  }
}

/** An MQL condition in words: `nota B ou melhor e engajamento de 50 ou mais`. */
export function describeMqlCondition(condition: MqlCondition, lang: Lang): string {
  const labels = PLAYBOOK_LABELS[lang];
  const clauses: string[] = [];
  if (condition.handRaise !== undefined) {
    const events = joinWords(
      condition.handRaise.map((type) => labels.events[type].toLowerCase()),
      lang,
    );
    const within =
      condition.handRaiseWithinDays === undefined
        ? ''
        : ` ${labels.withinDays(formatNumber(condition.handRaiseWithinDays, lang))}`;
    clauses.push(`${labels.handRaise(events)}${within}`);
  }
  if (condition.minGrade !== undefined) {
    clauses.push(labels.minGrade(condition.minGrade));
  }
  if (condition.minFit !== undefined) {
    clauses.push(labels.minFit(formatNumber(condition.minFit, lang)));
  }
  if (condition.minEngagement !== undefined) {
    clauses.push(labels.minEngagement(formatNumber(condition.minEngagement, lang)));
  }
  return joinWords(clauses, lang, 'and');
}
