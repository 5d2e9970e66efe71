import { useMemo } from 'react';
import { useFormat } from '../../app/format.ts';
import { defineMessages, useI18n, useMessages } from '../../app/i18n.tsx';
import { Card } from '../../ui/ui.tsx';
import { Chart } from './Chart.tsx';
import { formatLocalDate, mondayOf, weeksOf } from './dates.ts';
import { KpiTerm, KpiValue } from './KpiFigure.tsx';
import type { KpiAnswer, KpiGroup } from './types.ts';
import { useGlossaryTerms } from './useGlossaryTerms.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'MQLs por semana × compromisso do marketing',
    week: 'Semana',
    summary: (rows: string) => `MQLs por semana contra o compromisso proporcional: ${rows}.`,
    row: (week: string, mqls: string, commitment: string) =>
      `${week}: ${mqls} MQLs, compromisso ${commitment}`,
    partial:
      'O compromisso do playbook é mensal; cada semana recebe a parte dos dias dela no período (semanas nas pontas do período são parciais).',
    noCommitment: 'Sem linha de compromisso:',
  },
  en: {
    title: 'MQLs per week × marketing’s commitment',
    week: 'Week',
    summary: (rows: string) => `MQLs per week against the prorated commitment: ${rows}.`,
    row: (week: string, mqls: string, commitment: string) =>
      `${week}: ${mqls} MQLs, commitment ${commitment}`,
    partial:
      'The playbook’s commitment is monthly; each week gets the share of its days in the period (weeks at the edges of the period are partial).',
    noCommitment: 'No commitment line:',
  },
});

/**
 * MQLs delivered each ISO week of the period (bars) against the monthly commitment prorated
 * by the week's days (line), with the same numbers in a table.
 */
export function MqlWeeks({ answer }: { answer: KpiAnswer }) {
  const t = useMessages(m);
  const { lang } = useI18n();
  const format = useFormat();
  const terms = useGlossaryTerms();
  const weeks = useMemo(() => {
    const byKey = new Map(answer.groups.map((g) => [g.key, g]));
    return weeksOf(answer.from, answer.to).map((week) => ({ week, group: byKey.get(week) }));
  }, [answer]);
  const hasCommitment = weeks.some((w) => (w.group?.mqlCommitment ?? null) !== null);
  const weekLabel = (week: string) => {
    const monday = mondayOf(week);
    return monday ? `${week} (${formatLocalDate(lang, monday)})` : week;
  };
  const option = useMemo(
    () => ({
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: weeks.map((w) => w.week.slice(5)), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: terms.label('mqls'),
          type: 'bar',
          barMaxWidth: 48,
          data: weeks.map((w) => w.group?.mqls ?? 0),
          label: { show: true, position: 'top' },
        },
        ...(hasCommitment
          ? [
              {
                name: terms.label('mqlCommitment'),
                type: 'line',
                step: 'middle',
                symbol: 'diamond',
                lineStyle: { type: 'dashed', width: 2 },
                data: weeks.map((w) => w.group?.mqlCommitment ?? null),
              },
            ]
          : []),
      ],
    }),
    [weeks, hasCommitment, terms],
  );
  const summary = t.summary(
    weeks
      .map((w) =>
        t.row(w.week, format.number(w.group?.mqls ?? 0), format.number(w.group?.mqlCommitment ?? null, 2)),
      )
      .join('; '),
  );
  const cell = (g: KpiGroup | undefined, name: 'mqlCommitment' | 'mqlCommitmentAttainment') => (
    <KpiValue name={name} value={g?.[name] ?? null} />
  );

  return (
    <Card title={t.title}>
      <Chart option={option} label={summary} />
      <p className="muted small">
        {hasCommitment ? t.partial : `${t.noCommitment} ${terms.nullReason('mqlCommitment')}`}
      </p>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t.week}</th>
              <th scope="col" className="num">
                <KpiTerm name="mqls" />
              </th>
              <th scope="col" className="num">
                <KpiTerm name="mqlCommitment" short />
              </th>
              <th scope="col" className="num">
                <KpiTerm name="mqlCommitmentAttainment" short />
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map(({ week, group }) => (
              <tr key={week}>
                <th scope="row">{weekLabel(week)}</th>
                <td className="num">
                  <KpiValue
                    name="mqls"
                    value={group?.mqls ?? 0}
                    drill={{
                      metric: 'mqls',
                      by: 'week',
                      key: week,
                      title: `${terms.label('mqls')} · ${week}`,
                    }}
                  />
                </td>
                <td className="num">{cell(group, 'mqlCommitment')}</td>
                <td className="num">{cell(group, 'mqlCommitmentAttainment')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
