import type { Lang, LocalizedText } from '../playbook/localized-text.ts';
import { formatKpi } from './format-kpi.ts';
import { type KpiName, type KpiValues, kpiDefinition } from './glossary.ts';

/**
 * The metrics the weekly review watches for change, and which way is better (null: neither,
 * e.g. cost is a choice, not a result).
 */
export const WATCHED_METRICS: readonly { name: KpiName; better: 'up' | 'down' | null }[] = [
  { name: 'leads', better: 'up' },
  { name: 'mqls', better: 'up' },
  { name: 'sqls', better: 'up' },
  { name: 'customers', better: 'up' },
  { name: 'mqlToSqlRate', better: 'up' },
  { name: 'speedToLeadMedianMinutes', better: 'down' },
  { name: 'firstTouchSlaCompliance', better: 'up' },
  { name: 'wonDeals', better: 'up' },
  { name: 'revenue', better: 'up' },
  { name: 'winRate', better: 'up' },
  { name: 'cost', better: null },
];

export interface MetricChange {
  name: KpiName;
  value: number;
  /** The mean of the previous weeks' values that were not null. */
  baseline: number;
  /** (value − baseline) ÷ |baseline|; infinite when the baseline is 0. */
  relativeChange: number;
  sentence: LocalizedText;
}

/**
 * The `count` watched metrics that moved most, relative to the average of the previous
 * weeks (nulls ignored; a metric null this week, with no earlier value, or unchanged is
 * skipped). From zero to anything is the largest change; ties keep `WATCHED_METRICS` order.
 *
 * @example biggestChanges(week, [w1, w2, w3, w4], 'BRL')[0].sentence.en // 'MQLs: 42 this week, +35% on the previous 4 weeks’ average (31.0).'
 */
export function biggestChanges(
  current: KpiValues,
  previous: readonly KpiValues[],
  currency: string,
  count = 3,
): MetricChange[] {
  const changes: MetricChange[] = [];
  for (const { name, better } of WATCHED_METRICS) {
    const value = current[name];
    const before = previous.map((p) => p[name]).filter((v): v is number => v !== null);
    if (value === null || before.length === 0) {
      continue;
    }
    const baseline = before.reduce((sum, v) => sum + v, 0) / before.length;
    if (value === baseline) {
      continue;
    }
    const relativeChange =
      baseline === 0 ? Number.POSITIVE_INFINITY : (value - baseline) / Math.abs(baseline);
    const sentence = {
      'pt-BR': describe(name, value, baseline, relativeChange, better, previous.length, currency, 'pt-BR'),
      en: describe(name, value, baseline, relativeChange, better, previous.length, currency, 'en'),
    };
    changes.push({ name, value, baseline, relativeChange, sentence });
  }
  return changes
    .map((change, order) => ({ change, order }))
    .sort(
      (a, b) => Math.abs(b.change.relativeChange) - Math.abs(a.change.relativeChange) || a.order - b.order,
    )
    .slice(0, count)
    .map(({ change }) => change);
}

const WORDS = {
  'pt-BR': {
    thisWeek: 'na semana',
    vs: (weeks: number) => `sobre a média das ${weeks} semanas anteriores`,
    fromZero: (weeks: number) => `contra zero na média das ${weeks} semanas anteriores`,
    better: 'melhor',
    worse: 'pior',
  },
  en: {
    thisWeek: 'this week',
    vs: (weeks: number) => `on the previous ${weeks} weeks’ average`,
    fromZero: (weeks: number) => `against an average of zero in the previous ${weeks} weeks`,
    better: 'better',
    worse: 'worse',
  },
} as const;

function describe(
  name: KpiName,
  value: number,
  baseline: number,
  relative: number,
  better: 'up' | 'down' | null,
  weeks: number,
  currency: string,
  lang: Lang,
): string {
  const w = WORDS[lang];
  const { unit, label } = kpiDefinition(name);
  const format = (v: number) => formatKpi(v, unit, lang, currency);
  const direction =
    better === null ? '' : relative > 0 === (better === 'up') ? ` (${w.better})` : ` (${w.worse})`;
  const change = Number.isFinite(relative)
    ? `${new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'always' }).format(relative)} ${w.vs(weeks)} (${format(baseline)})`
    : w.fromZero(weeks);
  return `${label[lang]}: ${format(value)} ${w.thisWeek}, ${change}${direction}.`;
}
