import type { Formatters } from '../../app/format.ts';
import { defineMessages } from '../../app/i18n.tsx';
import type { KpiUnit } from './types.ts';

const m = defineMessages({
  'pt-BR': { days: (n: number, text: string) => `${text} ${n === 1 ? 'dia' : 'dias'}` },
  en: { days: (n: number, text: string) => `${text} ${n === 1 ? 'day' : 'days'}` },
});

/**
 * A KPI's value as people read it, by its unit in the glossary: rates as percentages,
 * LTV:CAC as "3,2×", days with one decimal, business minutes as hours and minutes.
 * Null is "—" (undefined, not zero).
 */
export function formatKpi(format: Formatters, unit: KpiUnit | undefined, value: number | null): string {
  if (value === null) {
    return format.number(null);
  }
  switch (unit) {
    case 'money':
      return format.money(value);
    case 'rate':
      return format.percent(value);
    case 'ratio':
      return `${format.number(value, 1)}×`;
    case 'days':
      return m[format.lang].days(value, format.number(value, 1));
    case 'minutes':
      return format.minutes(value);
    default:
      return format.number(value, 2);
  }
}
