import { useFormat } from '../../app/format.ts';
import { useMessages } from '../../app/i18n.tsx';
import { EmptyState } from '../../ui/ui.tsx';
import type { FeedbackReport } from '../dashboard/types.ts';
import { feedbackMessages as m } from './messages.ts';

/** What prospects objected, most frequent first. */
export function Objections({ rows }: { rows: FeedbackReport['objections'] }) {
  const t = useMessages(m);
  const format = useFormat();
  if (rows.length === 0) {
    return <EmptyState title={t.noObjections} />;
  }
  return (
    <table className="data" data-table="objections">
      <thead>
        <tr>
          <th scope="col">{t.objection}</th>
          <th scope="col" className="num">
            {t.times}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.objection}>
            <td>{r.objection}</td>
            <td className="num">{format.number(r.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
