import type { Lang } from '../playbook/localized-text.ts';
import type { KpiUnit } from './glossary.ts';

const UNIT_WORDS: Record<Lang, { minutes: string; days: string }> = {
  'pt-BR': { minutes: 'min úteis', days: 'dias' },
  en: { minutes: 'business min', days: 'days' },
};

/**
 * A metric's value as people read it, by its unit, through Intl: `R$ 1.234,56`, `62,5%`,
 * `3,2×`, `75 min úteis`; `—` when the metric is null.
 *
 * @example formatKpi(1234.5, 'money', 'pt-BR', 'BRL') // 'R$ 1.234,50'
 * @example formatKpi(0.625, 'rate', 'en', 'BRL') // '62.5%'
 */
export function formatKpi(value: number | null, unit: KpiUnit, lang: Lang, currency: string): string {
  if (value === null) {
    return '—';
  }
  const number = (digits: number) =>
    new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
  switch (unit) {
    case 'count':
      return number(1);
    case 'money':
      return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(value);
    case 'rate':
      return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'ratio':
      return `${number(1)}×`;
    case 'days':
      return `${number(1)} ${UNIT_WORDS[lang].days}`;
    case 'minutes':
      return `${number(0)} ${UNIT_WORDS[lang].minutes}`;
    default: {
      const unreachable: never = unit;
      throw new Error(`unknown unit ${String(unreachable)}`);
    }
  }
}
