import { useFormat } from '../../app/format.ts';
import { useMessages } from '../../app/i18n.tsx';
import { Card, EmptyState } from '../../ui/ui.tsx';
import { labels } from '../dashboard/labels.ts';
import type { WeeklyReview } from '../dashboard/types.ts';
import { weeklyMessages as m } from './messages.ts';

/** The deals won in the week, largest first. */
export function DealsSection({ review }: { review: WeeklyReview }) {
  const t = useMessages(m);
  const words = useMessages(labels);
  const format = useFormat();
  return (
    <Card title={t.deals} className="report-section">
      {review.wonDeals.length === 0 ? (
        <EmptyState title={t.noDeals} />
      ) : (
        <div className="table-wrap">
          <table className="data" data-table="weekly-deals">
            <thead>
              <tr>
                <th scope="col">{t.deal}</th>
                <th scope="col">{words.groupings.channel}</th>
                <th scope="col">{t.owner}</th>
                <th scope="col">{t.closedAt}</th>
                <th scope="col" className="num">
                  {t.amount}
                </th>
              </tr>
            </thead>
            <tbody>
              {review.wonDeals.map((d) => (
                <tr key={d.dealId}>
                  <th scope="row">{d.name ?? d.externalId ?? d.dealId}</th>
                  <td>{d.channel ?? words.none.channel}</td>
                  <td>{d.ownerName ?? words.none.owner}</td>
                  <td>{format.date(d.closedAt)}</td>
                  <td className="num">{format.money(d.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
