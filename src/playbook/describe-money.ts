import { formatNumber, formatPercent } from './describe-rule.ts';
import type { Block } from './document-blocks.ts';
import type { Lang } from './localized-text.ts';

const MONEY_LABELS: Record<
  Lang,
  {
    heading: string;
    intro: string;
    currency: (name: string) => string;
    grossMargin: (share: string) => string;
    lifetime: (n: number, months: string) => string;
    notDefined: string;
  }
> = {
  'pt-BR': {
    heading: 'Premissas financeiras',
    intro: 'Usadas para calcular o LTV (o valor de um cliente ao longo do tempo).',
    currency: (name) => `Moeda: ${name}.`,
    grossMargin: (share) => `Margem bruta: ${share}.`,
    lifetime: (n, months) => `Tempo de vida esperado de um cliente: ${months} ${n === 1 ? 'mês' : 'meses'}.`,
    notDefined: 'A definir.',
  },
  en: {
    heading: 'Money assumptions',
    intro: "Used to compute LTV (a customer's value over time).",
    currency: (name) => `Currency: ${name}.`,
    grossMargin: (share) => `Gross margin: ${share}.`,
    lifetime: (n, months) => `Expected customer lifetime: ${months} ${n === 1 ? 'month' : 'months'}.`,
    notDefined: 'To be defined.',
  },
};

/**
 * The money assumptions as blocks. The section is still loosely typed: the three known
 * keys are written in words, anything else as `key: value`.
 *
 * @example moneyBlocks({ currency: 'BRL', grossMargin: 0.7 }, 'pt-BR')[2] // { kind: 'list', items: ['Moeda: Real brasileiro (BRL).', 'Margem bruta: 70%.'] }
 */
export function moneyBlocks(money: Readonly<Record<string, unknown>>, lang: Lang): Block[] {
  const t = MONEY_LABELS[lang];
  const items = Object.entries(money).flatMap(([key, value]): string[] => {
    if (key === 'currency' && typeof value === 'string') {
      return [t.currency(currencyName(value, lang))];
    }
    if (key === 'grossMargin' && typeof value === 'number') {
      return [t.grossMargin(formatPercent(value, lang))];
    }
    if (key === 'expectedLifetimeMonths' && typeof value === 'number') {
      return [t.lifetime(value, formatNumber(value, lang))];
    }
    return flatten(value, lang, key);
  });
  return [
    { kind: 'heading', level: 2, text: t.heading },
    ...(items.length === 0
      ? [{ kind: 'paragraph', text: t.notDefined } as const]
      : [{ kind: 'paragraph', text: t.intro } as const, { kind: 'list', items } as const]),
  ];
}

/** `Real brasileiro (BRL)`; a code the runtime does not know stays a code. */
function currencyName(code: string, lang: Lang): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'currency', fallback: 'none' }).of(code);
    return name ? `${name} (${code})` : code;
  } catch {
    // Not a well-formed currency code (the section is not validated yet).
    return code;
  }
}

/** A loosely typed value as `key: value` lines (`payback.months: 12`). */
function flatten(value: unknown, lang: Lang, prefix: string): string[] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) => flatten(inner, lang, `${prefix}.${key}`));
  }
  const text =
    typeof value === 'number'
      ? formatNumber(value, lang)
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  return [`${prefix}: ${text}`];
}
