import type { LocalizedText } from '../playbook/localized-text.ts';
import {
  CohortConversion,
  decisionFeedback,
  type FeedbackReport,
  fitBand,
  mergeObjections,
} from './feedback-report.ts';
import type { Period } from './kpi-facts.ts';
import type { KpiStore } from './kpi-store.ts';
import { forEachRow, KPI_PAGE_SIZE } from './load-kpis.ts';

/**
 * Marketing's feedback for a period, read from storage: why sales rejected leads (by
 * source), acceptance by channel, how the MQL cohort converted by fit grade and fit band,
 * and the objections reps heard.
 *
 * @example await loadFeedback(system.stores.kpis, { period, asOf: now, reasons: playbook.rejectionReasons })
 */
export async function loadFeedback(
  store: KpiStore,
  options: { period: Period; asOf: number; reasons: readonly { code: string; label: LocalizedText }[] },
): Promise<FeedbackReport> {
  const { period, asOf } = options;
  const byGrade = new CohortConversion((lead) => lead.grade, period, asOf);
  const byBand = new CohortConversion((lead) => fitBand(lead.fit), period, asOf);
  await forEachRow(
    (cursor) => store.leadFacts(period, cursor, KPI_PAGE_SIZE),
    (lead) => {
      byGrade.add(lead);
      byBand.add(lead);
    },
  );
  const [decisions, objections] = await Promise.all([
    store.decisionCounts(period),
    store.objectionCounts(period),
  ]);
  return {
    ...decisionFeedback(decisions, options.reasons),
    conversionByGrade: byGrade.result(),
    conversionByFitBand: byBand.result(),
    objections: mergeObjections(objections),
  };
}
