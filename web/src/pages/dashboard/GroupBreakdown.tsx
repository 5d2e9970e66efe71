import { useMemo } from 'react';
import { useFormat } from '../../app/format.ts';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { Card, EmptyState, ErrorState, Loading, SelectField } from '../../ui/ui.tsx';
import { Chart } from './Chart.tsx';
import { KpiTerm, KpiValue } from './KpiFigure.tsx';
import { groupName, labels } from './labels.ts';
import { GROUPINGS, type Grouping, type KpiName } from './types.ts';
import { useGlossaryTerms } from './useGlossaryTerms.ts';
import type { Period } from './usePeriod.ts';
import { useKpis } from './useReports.ts';

const m = defineMessages({
  'pt-BR': {
    title: (by: string) => `Conversão e receita por ${by.toLowerCase()}`,
    groupBy: 'Agrupar por',
    empty: 'Nada no período.',
    summary: (rows: string) => `Receita e conversão MQL → SQL por grupo: ${rows}.`,
  },
  en: {
    title: (by: string) => `Conversion and revenue by ${by.toLowerCase()}`,
    groupBy: 'Group by',
    empty: 'Nothing in the period.',
    summary: (rows: string) => `Revenue and MQL → SQL conversion by group: ${rows}.`,
  },
});

const COLUMNS: readonly KpiName[] = [
  'leads',
  'mqls',
  'sqls',
  'customers',
  'mqlToSqlRate',
  'mqlToCustomerRate',
  'revenue',
  'cost',
  'cac',
  'roi',
];
const DRILLABLE = new Set<KpiName>(['leads', 'mqls', 'sqls', 'customers']);

/** The period's KPIs by channel (or campaign, rep, month, week): a chart and the full table. */
export function GroupBreakdown({
  period,
  by,
  onByChange,
}: {
  period: Period;
  by: Grouping;
  onByChange(by: Grouping): void;
}) {
  const t = useMessages(m);
  const words = useMessages(labels);
  const format = useFormat();
  const terms = useGlossaryTerms();
  const kpis = useKpis(period, by);
  const groups = kpis.data?.groups ?? [];
  const option = useMemo(
    () => ({
      grid: { left: 64, right: 56, top: 36, bottom: 48 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: groups.map((g) => groupName(words, by, g)),
        axisLabel: { interval: 0, overflow: 'truncate', width: 100 },
      },
      yAxis: [
        { type: 'value', axisLabel: { formatter: (v: number) => format.money(v, { compact: true }) } },
        { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => format.percent(v, 0) } },
      ],
      series: [
        {
          name: terms.label('revenue'),
          type: 'bar',
          barMaxWidth: 56,
          data: groups.map((g) => g.revenue ?? 0),
        },
        {
          name: terms.label('mqlToSqlRate'),
          type: 'line',
          yAxisIndex: 1,
          symbol: 'circle',
          symbolSize: 8,
          data: groups.map((g) => g.mqlToSqlRate),
        },
      ],
    }),
    [groups, by, words, format, terms],
  );
  const summary = t.summary(
    groups
      .map((g) => `${groupName(words, by, g)} ${format.money(g.revenue)}, ${format.percent(g.mqlToSqlRate)}`)
      .join('; '),
  );

  return (
    <Card
      title={t.title(words.groupings[by])}
      actions={
        <div className="no-print">
          <SelectField
            label={t.groupBy}
            value={by}
            onChange={(e) => onByChange(e.target.value as Grouping)}
            options={GROUPINGS.map((g) => ({ value: g, label: words.groupings[g] }))}
          />
        </div>
      }
    >
      {kpis.isPending ? (
        <Loading />
      ) : kpis.isError ? (
        <ErrorState error={kpis.error} onRetry={() => void kpis.refetch()} />
      ) : groups.length === 0 ? (
        <EmptyState title={t.empty} />
      ) : (
        <>
          <Chart option={option} label={summary} height={280} />
          <div className="table-wrap">
            <table className="data" data-table={`by-${by}`}>
              <thead>
                <tr>
                  <th scope="col">{words.groupings[by]}</th>
                  {COLUMNS.map((name) => (
                    <th key={name} scope="col" className="num">
                      <KpiTerm name={name} short />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {groups.map((group) => {
                  const name = groupName(words, by, group);
                  return (
                    <tr key={group.key ?? ''} data-key={group.key ?? ''}>
                      <th scope="row">{name}</th>
                      {COLUMNS.map((metric) => (
                        <td key={metric} className="num" data-metric={metric}>
                          <KpiValue
                            name={metric}
                            value={group[metric]}
                            drill={
                              DRILLABLE.has(metric)
                                ? {
                                    metric: metric as 'leads' | 'mqls' | 'sqls' | 'customers',
                                    by,
                                    key: group.key,
                                    title: `${terms.label(metric)} · ${name}`,
                                  }
                                : undefined
                            }
                          />
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Card>
  );
}
