import { describe, expect, it } from 'vitest';
import { CohortConversion, decisionFeedback, fitBand, mergeObjections } from './feedback-report.ts';
import { at, lead } from './kpi-scenario.fixture.ts';

const REASONS = [
  { code: 'no_budget', label: { 'pt-BR': 'Sem orçamento', en: 'No budget' } },
  { code: 'no_timing', label: { 'pt-BR': 'Sem timing', en: 'No timing' } },
];

describe('feedback to marketing', () => {
  it('counts rejection reasons overall and by source, and acceptance by channel', () => {
    const feedback = decisionFeedback(
      [
        { channel: 'paid', campaign: 'brand', decision: 'accept', reasonCode: null, count: 6 },
        { channel: 'paid', campaign: 'brand', decision: 'reject', reasonCode: 'no_budget', count: 2 },
        { channel: 'paid', campaign: 'promo', decision: 'reject', reasonCode: 'no_budget', count: 1 },
        { channel: 'social', campaign: null, decision: 'reject', reasonCode: 'no_timing', count: 1 },
        { channel: 'social', campaign: null, decision: 'reject', reasonCode: 'old_code', count: 1 },
      ],
      REASONS,
    );
    expect(feedback.rejectionsByReason).toEqual([
      { reasonCode: 'no_budget', label: REASONS[0]?.label, count: 3, share: 0.6 },
      { reasonCode: 'no_timing', label: REASONS[1]?.label, count: 1, share: 0.2 },
      // A reason the playbook no longer lists keeps its code, without a label.
      { reasonCode: 'old_code', label: null, count: 1, share: 0.2 },
    ]);
    expect(feedback.rejectionsBySource[0]).toEqual({
      channel: 'paid',
      campaign: 'brand',
      reasonCode: 'no_budget',
      count: 2,
    });
    expect(feedback.acceptanceByChannel).toEqual([
      { channel: 'paid', accepted: 6, rejected: 3, acceptanceRate: 6 / 9 },
      { channel: 'social', accepted: 0, rejected: 2, acceptanceRate: 0 },
    ]);
  });

  it('has nothing to say without decisions', () => {
    expect(decisionFeedback([], REASONS)).toEqual({
      rejectionsByReason: [],
      rejectionsBySource: [],
      acceptanceByChannel: [],
    });
  });

  it('converts the MQL cohort by fit grade: is the scoring model right?', () => {
    const period = { from: at('2018-03-01 00:00'), to: at('2018-04-01 00:00') };
    const byGrade = new CohortConversion((l) => l.grade, period, at('2018-06-01 00:00'));
    const mql = at('2018-03-05 10:00');
    byGrade.add(
      lead('a1', {
        grade: 'A',
        firstMqlAt: mql,
        firstSqlAt: at('2018-03-06 10:00'),
        firstWonAt: at('2018-03-20 10:00'),
      }),
    );
    byGrade.add(lead('a2', { grade: 'A', firstMqlAt: mql, firstOpportunityAt: at('2018-03-07 10:00') }));
    byGrade.add(lead('c1', { grade: 'C', firstMqlAt: mql }));
    byGrade.add(lead('n1', { grade: null, firstMqlAt: mql }));
    byGrade.add(lead('old', { grade: 'A', firstMqlAt: at('2018-02-05 10:00'), firstSqlAt: mql }));
    expect(byGrade.result()).toEqual([
      { key: 'A', mqls: 2, reachedSql: 2, reachedCustomer: 1, mqlToSqlRate: 1, mqlToCustomerRate: 0.5 },
      { key: 'C', mqls: 1, reachedSql: 0, reachedCustomer: 0, mqlToSqlRate: 0, mqlToCustomerRate: 0 },
      { key: null, mqls: 1, reachedSql: 0, reachedCustomer: 0, mqlToSqlRate: 0, mqlToCustomerRate: 0 },
    ]);
  });

  it('bands fit points by twenty, and sorts bands by number', () => {
    expect([fitBand(0), fitBand(19.5), fitBand(45), fitBand(100), fitBand(-5), fitBand(null)]).toEqual([
      '0–19',
      '0–19',
      '40–59',
      '100–119',
      '<0',
      null,
    ]);
    const period = { from: 0, to: 10 };
    const byBand = new CohortConversion((l) => fitBand(l.fit), period, 100);
    for (const fit of [100, 45, 5]) {
      byBand.add(lead(`f${fit}`, { fit, firstMqlAt: 1 }));
    }
    expect(byBand.result().map((r) => r.key)).toEqual(['0–19', '40–59', '100–119']);
  });

  it('merges objections that differ in case and spaces under the most frequent spelling', () => {
    expect(
      mergeObjections([
        { objection: 'preço ', count: 1 },
        { objection: 'Preço', count: 2 },
        { objection: 'Sem  tempo', count: 1 },
        { objection: 'sem tempo', count: 1 },
        { objection: '   ', count: 4 },
      ]),
    ).toEqual([
      { objection: 'Preço', count: 3 },
      { objection: 'Sem tempo', count: 2 },
    ]);
  });
});
