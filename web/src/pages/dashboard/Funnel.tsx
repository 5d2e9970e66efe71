import { useFormat } from '../../app/format.ts';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { Card, Term } from '../../ui/ui.tsx';
import { KpiFigure, KpiTerm, KpiValue } from './KpiFigure.tsx';
import type { DrillMetric, KpiValues } from './types.ts';
import { useGlossaryTerms } from './useGlossaryTerms.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Funil do período',
    steps: 'Etapas do funil',
    stepRatio: 'da etapa anterior',
    stepRatioDefinition:
      'Esta etapa ÷ a anterior, contadas no mesmo período (cada uma pela data em que o lead chegou nela). Não é uma taxa de coorte: pode passar de 100% quando leads de períodos anteriores avançam agora. As taxas da coorte estão ao lado.',
    cohort: 'Conversão da coorte de MQLs do período',
  },
  en: {
    title: 'The period’s funnel',
    steps: 'Funnel steps',
    stepRatio: 'of the step before',
    stepRatioDefinition:
      'This step ÷ the one before, both counted in the same period (each by the date the lead reached it). Not a cohort rate: it can exceed 100% when leads of earlier periods move on now. The cohort’s rates are beside it.',
    cohort: 'Conversion of the period’s MQL cohort',
  },
});

const STEPS: readonly DrillMetric[] = ['leads', 'mqls', 'sqls', 'opportunities', 'customers'];

/**
 * Lead → MQL → SQL → opportunity → customer: each count opens its leads, a bar for its size
 * (the number is always written beside it), and each step against the one before.
 */
export function Funnel({ totals }: { totals: KpiValues }) {
  const t = useMessages(m);
  const format = useFormat();
  const terms = useGlossaryTerms();
  const widest = Math.max(1, ...STEPS.map((s) => totals[s] ?? 0));
  return (
    <Card title={t.title} className="funnel-card">
      <div className="funnel-layout">
        <ol className="funnel" aria-label={t.steps}>
          {STEPS.map((step, i) => {
            const value = totals[step] ?? 0;
            const previous = i === 0 ? null : (totals[STEPS[i - 1] as DrillMetric] ?? 0);
            return (
              <li key={step} className="funnel-step" data-step={step}>
                <span className="funnel-name">
                  <KpiTerm name={step} />
                </span>
                <span className="funnel-bar" aria-hidden="true">
                  <span style={{ width: `${Math.max(2, (value / widest) * 100)}%` }} />
                </span>
                <KpiValue
                  name={step}
                  value={value}
                  className="funnel-value"
                  drill={{ metric: step, title: terms.label(step) }}
                />
                <span className="funnel-ratio muted small">
                  {previous === null ? null : (
                    <>
                      {format.percent(previous === 0 ? null : value / previous)}{' '}
                      <Term definition={t.stepRatioDefinition}>{t.stepRatio}</Term>
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ol>
        <div className="funnel-cohort">
          <h3 className="small muted">{t.cohort}</h3>
          <KpiFigure name="mqlToSqlRate" value={totals.mqlToSqlRate} />
          <KpiFigure name="mqlToCustomerRate" value={totals.mqlToCustomerRate} />
        </div>
      </div>
    </Card>
  );
}
