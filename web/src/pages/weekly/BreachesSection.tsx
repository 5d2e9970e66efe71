import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { useMessages } from '../../app/i18n.tsx';
import { Card, EmptyState } from '../../ui/ui.tsx';
import { labels } from '../dashboard/labels.ts';
import type { WeeklyReview } from '../dashboard/types.ts';
import { weeklyMessages as m } from './messages.ts';

/** SLA clocks past due and still open when the week ended, oldest first. */
export function BreachesSection({ review }: { review: WeeklyReview }) {
  const t = useMessages(m);
  const words = useMessages(labels);
  const format = useFormat();
  const { total, items } = review.openBreaches;
  return (
    <Card
      title={`${t.breaches} (${format.number(total)})`}
      className="report-section"
      actions={
        total > items.length ? (
          <span className="muted small">{t.breachesShown(items.length, total)}</span>
        ) : null
      }
    >
      {items.length === 0 ? (
        <EmptyState title={t.noBreaches} />
      ) : (
        <div className="table-wrap">
          <table className="data" data-table="weekly-breaches">
            <thead>
              <tr>
                <th scope="col">{t.lead}</th>
                <th scope="col">{t.owner}</th>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.dueAt}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((b) => (
                <tr key={`${b.leadId}|${b.kind}|${b.dueAt}`}>
                  <td>
                    <Link to={`/leads/${encodeURIComponent(b.leadId)}`}>
                      {b.leadName ?? b.leadEmail ?? b.leadId}
                    </Link>
                  </td>
                  <td>{b.ownerName ?? words.none.owner}</td>
                  <td>{t.kinds[b.kind] ?? b.kind}</td>
                  <td>{format.dateTime(b.dueAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
