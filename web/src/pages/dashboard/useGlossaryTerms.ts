import { useMemo } from 'react';
import { defineMessages, useI18n, useMessages } from '../../app/i18n.tsx';
import type { KpiName, KpiUnit } from './types.ts';
import { useGlossary } from './useReports.ts';

/** Why a metric is empty when its definition does not say it in a sentence of its own. */
const m = defineMessages({
  'pt-BR': {
    generic: 'Sem dados no período para calcular esta métrica (nada a dividir): não é zero.',
    reasons: {
      speedToLeadMedianMinutes: 'Nenhum primeiro contato cumprido no período.',
      speedToLeadP90Minutes: 'Nenhum primeiro contato cumprido no período.',
      firstTouchSlaCompliance: 'Nenhum relógio de primeiro contato com desfecho conhecido no período.',
      winRate: 'Nenhum negócio fechado (ganho ou perdido) no período.',
      meanCycleDays: 'Nenhum cliente na coorte de MQLs do período.',
      mqlCommitmentAttainment: 'Sem compromisso de MQLs no playbook para este período ou grupo.',
    } as Partial<Record<KpiName, string>>,
  },
  en: {
    generic: 'No data in the period to compute this metric (nothing to divide by): it is not zero.',
    reasons: {
      speedToLeadMedianMinutes: 'No first touch was met in the period.',
      speedToLeadP90Minutes: 'No first touch was met in the period.',
      firstTouchSlaCompliance: 'No first-touch clock with a known outcome in the period.',
      winRate: 'No deal closed (won or lost) in the period.',
      meanCycleDays: 'No customer in the period’s MQL cohort.',
      mqlCommitmentAttainment: 'No MQL commitment in the playbook for this period or group.',
    } as Partial<Record<KpiName, string>>,
  },
});

/** Code spans of the glossary (`mql`) read as plain words in a tooltip. */
const plain = (text: string) => text.replaceAll('`', '');

/** The sentence of a definition that says when the metric is null ("Null without MQLs."). */
function nullSentence(definition: string): string | null {
  const sentence = definition.split(/(?<=[.;])\s+/).find((s) => /^(null|nulo)\b/i.test(s));
  return sentence ? plain(sentence.charAt(0).toUpperCase() + sentence.slice(1)) : null;
}

export interface GlossaryTerms {
  isLoaded: boolean;
  label(name: KpiName): string;
  definition(name: KpiName): string | undefined;
  unit(name: KpiName): KpiUnit | undefined;
  /** Why the value is "—": the glossary's own sentence when it has one. */
  nullReason(name: KpiName): string;
}

/** Each metric's label, definition and unit in the reader's language, from the server's glossary. */
export function useGlossaryTerms(): GlossaryTerms {
  const glossary = useGlossary();
  const { lang } = useI18n();
  const t = useMessages(m);
  return useMemo(() => {
    const metrics = new Map((glossary.data?.metrics ?? []).map((k) => [k.name, k]));
    return {
      isLoaded: glossary.data !== undefined,
      label: (name) => metrics.get(name)?.label[lang] ?? name,
      definition: (name) => {
        const text = metrics.get(name)?.definition[lang];
        return text === undefined ? undefined : plain(text);
      },
      unit: (name) => metrics.get(name)?.unit,
      nullReason: (name) => {
        const definition = metrics.get(name)?.definition[lang];
        return (definition && nullSentence(definition)) ?? t.reasons[name] ?? t.generic;
      },
    };
  }, [glossary.data, lang, t]);
}
