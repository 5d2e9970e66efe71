import { useFormat } from '../../app/format.ts';
import { useMessages } from '../../app/i18n.tsx';
import { EmptyState } from '../../ui/ui.tsx';
import { KpiTerm } from '../dashboard/KpiFigure.tsx';
import type { ConversionRow } from '../dashboard/types.ts';
import { feedbackMessages as m } from './messages.ts';

/** The period's MQL cohort by fit grade (A–D) or band of 20 points: how far each got. */
export function ConversionTable({ kind, rows }: { kind: 'grade' | 'band'; rows: ConversionRow[] }) {
  const t = useMessages(m);
  const format = useFormat();
  if (rows.length === 0) {
    return <EmptyState title={t.noCohort} />;
  }
  return (
    <div className="table-wrap">
      <table className="data" data-table={`conversion-${kind}`}>
        <thead>
          <tr>
            <th scope="col">{kind === 'grade' ? t.grade : t.band}</th>
            <th scope="col" className="num">
              {t.mqls}
            </th>
            <th scope="col" className="num">
              {t.reachedSql}
            </th>
            <th scope="col" className="num">
              <KpiTerm name="mqlToSqlRate" short />
            </th>
            <th scope="col" className="num">
              {t.reachedCustomer}
            </th>
            <th scope="col" className="num">
              <KpiTerm name="mqlToCustomerRate" short />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key ?? ''}>
              <th scope="row">{r.key ?? t.noScore}</th>
              <td className="num">{format.number(r.mqls)}</td>
              <td className="num">{format.number(r.reachedSql)}</td>
              <td className="num">{format.percent(r.mqlToSqlRate)}</td>
              <td className="num">{format.number(r.reachedCustomer)}</td>
              <td className="num">{format.percent(r.mqlToCustomerRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
