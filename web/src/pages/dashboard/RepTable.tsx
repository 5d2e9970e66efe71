import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { Card, EmptyState } from '../../ui/ui.tsx';
import { KpiTerm, KpiValue } from './KpiFigure.tsx';
import { groupName, labels } from './labels.ts';
import type { KpiGroup, KpiName, KpiValues } from './types.ts';
import { useGlossaryTerms } from './useGlossaryTerms.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Velocidade de atendimento e SLA de primeiro contato por vendedor',
    note: 'Velocidade e SLA: o vendedor para quem o relógio correu; MQLs e SQLs: o dono atual do lead.',
    empty: 'Nenhum lead nem relógio de SLA no período.',
  },
  en: {
    title: 'Speed to lead and first-touch SLA by rep',
    note: 'Speed and SLA: the rep the clock ran for; MQLs and SQLs: the lead’s current owner.',
    empty: 'No leads or SLA clocks in the period.',
  },
});

const COLUMNS: readonly KpiName[] = [
  'speedToLeadMedianMinutes',
  'speedToLeadP90Minutes',
  'firstTouchSlaCompliance',
  'mqls',
  'sqls',
];

/** Each rep's speed to lead (median, p90) and first-touch SLA compliance, with their MQLs and SQLs. */
export function RepTable({ answer }: { answer: { groups: KpiGroup[]; totals: KpiValues } }) {
  const t = useMessages(m);
  const words = useMessages(labels);
  const terms = useGlossaryTerms();
  return (
    <Card title={t.title}>
      {answer.groups.length === 0 ? (
        <EmptyState title={t.empty} />
      ) : (
        <div className="table-wrap">
          <table className="data" data-table="by-owner">
            <thead>
              <tr>
                <th scope="col">{words.groupings.owner}</th>
                {COLUMNS.map((name) => (
                  <th key={name} scope="col" className="num">
                    <KpiTerm name={name} short />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {answer.groups.map((group) => {
                const rep = groupName(words, 'owner', group);
                return (
                  <tr key={group.key ?? ''}>
                    <th scope="row">{rep}</th>
                    {COLUMNS.map((name) => (
                      <td key={name} className="num">
                        <KpiValue
                          name={name}
                          value={group[name]}
                          drill={
                            name === 'mqls' || name === 'sqls'
                              ? {
                                  metric: name,
                                  by: 'owner',
                                  key: group.key,
                                  title: `${terms.label(name)} · ${rep}`,
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
            <tfoot>
              <tr>
                <th scope="row">{words.total}</th>
                {COLUMNS.map((name) => (
                  <td key={name} className="num">
                    <KpiValue name={name} value={answer.totals[name]} />
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <p className="muted small">{t.note}</p>
    </Card>
  );
}
