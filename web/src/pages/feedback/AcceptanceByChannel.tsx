import { useFormat } from '../../app/format.ts';
import { useMessages } from '../../app/i18n.tsx';
import { EmptyState } from '../../ui/ui.tsx';
import { labels } from '../dashboard/labels.ts';
import type { FeedbackReport } from '../dashboard/types.ts';
import { feedbackMessages as m } from './messages.ts';

/** Accepts and rejects by the leads' channel, and the share accepted. */
export function AcceptanceByChannel({ rows }: { rows: FeedbackReport['acceptanceByChannel'] }) {
  const t = useMessages(m);
  const words = useMessages(labels);
  const format = useFormat();
  if (rows.length === 0) {
    return <EmptyState title={t.noDecisions} />;
  }
  return (
    <div className="table-wrap">
      <table className="data" data-table="acceptance">
        <thead>
          <tr>
            <th scope="col">{words.groupings.channel}</th>
            <th scope="col" className="num">
              {t.accepted}
            </th>
            <th scope="col" className="num">
              {t.rejected}
            </th>
            <th scope="col" className="num">
              {t.rate}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.channel ?? ''}>
              <th scope="row">{r.channel ?? words.none.channel}</th>
              <td className="num">{format.number(r.accepted)}</td>
              <td className="num">{format.number(r.rejected)}</td>
              <td className="num">{format.percent(r.acceptanceRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
