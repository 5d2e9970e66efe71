import { useFormat } from '../../app/format.ts';
import { useI18n, useMessages } from '../../app/i18n.tsx';
import { Badge, Card, EmptyState } from '../../ui/ui.tsx';
import type { WeeklyReview } from '../dashboard/types.ts';
import { weeklyMessages as m } from './messages.ts';

/** Accepted and rejected MQLs, the rate against the agreed minimum, the reasons and objections. */
export function AcceptanceSection({ review }: { review: WeeklyReview }) {
  const t = useMessages(m);
  const { lang } = useI18n();
  const format = useFormat();
  const { accepted, rejected, rate, minimum } = review.acceptance;
  const isBelow = rate !== null && minimum !== null && rate < minimum;
  return (
    <Card title={t.acceptance} className="report-section">
      <dl className="grid grid-4 kpi-grid weekly-acceptance">
        <div className="kpi">
          <dt className="kpi-label">{t.accepted}</dt>
          <dd className="kpi-value">{format.number(accepted)}</dd>
        </div>
        <div className="kpi">
          <dt className="kpi-label">{t.rejected}</dt>
          <dd className="kpi-value">{format.number(rejected)}</dd>
        </div>
        <div className="kpi">
          <dt className="kpi-label">{t.rate}</dt>
          <dd className="kpi-value">
            {format.percent(rate)} {isBelow ? <Badge tone="danger">{t.belowMinimum}</Badge> : null}
          </dd>
        </div>
        <div className="kpi">
          <dt className="kpi-label">{t.minimum}</dt>
          <dd className="kpi-value">{minimum === null ? t.noMinimum : format.percent(minimum)}</dd>
        </div>
      </dl>
      {review.rejectionsByReason.length === 0 ? (
        <EmptyState title={t.noRejections} />
      ) : (
        <table className="data" data-table="weekly-reasons">
          <thead>
            <tr>
              <th scope="col">{t.reason}</th>
              <th scope="col" className="num">
                {t.count}
              </th>
            </tr>
          </thead>
          <tbody>
            {review.rejectionsByReason.map((r) => (
              <tr key={r.reasonCode ?? ''}>
                <th scope="row">{r.label?.[lang] ?? r.reasonCode ?? t.noReason}</th>
                <td className="num">
                  {format.number(r.count)} ({format.percent(r.share)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {review.objections.length > 0 ? (
        <>
          <h3 className="weekly-subtitle">{t.objections}</h3>
          <ul className="report-list">
            {review.objections.map((o) => (
              <li key={o.objection}>
                {o.objection} ({format.number(o.count)})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
