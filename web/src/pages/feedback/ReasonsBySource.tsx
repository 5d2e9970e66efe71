import { useFormat } from '../../app/format.ts';
import { useI18n, useMessages } from '../../app/i18n.tsx';
import { EmptyState } from '../../ui/ui.tsx';
import { labels } from '../dashboard/labels.ts';
import type { FeedbackReport, ReasonCount } from '../dashboard/types.ts';
import { feedbackMessages as m } from './messages.ts';

/** Reasons overall (with their share), then by the channel and campaign of the rejected leads. */
export function ReasonsBySource({ report }: { report: FeedbackReport }) {
  const t = useMessages(m);
  const words = useMessages(labels);
  const { lang } = useI18n();
  const format = useFormat();
  if (report.rejectionsByReason.length === 0) {
    return <EmptyState title={t.noRejections} />;
  }
  const labelOf = new Map(report.rejectionsByReason.map((r: ReasonCount) => [r.reasonCode, r.label?.[lang]]));
  const reason = (code: string | null) => labelOf.get(code) ?? code ?? t.noReason;
  return (
    <div className="grid grid-2">
      <div className="table-wrap">
        <table className="data" data-table="reasons">
          <caption className="visually-hidden">{t.overall}</caption>
          <thead>
            <tr>
              <th scope="col">{t.reason}</th>
              <th scope="col" className="num">
                {t.rejections}
              </th>
              <th scope="col" className="num">
                {t.share}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.rejectionsByReason.map((r) => (
              <tr key={r.reasonCode ?? ''}>
                <th scope="row">{reason(r.reasonCode)}</th>
                <td className="num">{format.number(r.count)}</td>
                <td className="num">{format.percent(r.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap">
        <table className="data" data-table="reasons-by-source">
          <caption className="visually-hidden">{t.bySource}</caption>
          <thead>
            <tr>
              <th scope="col">{words.groupings.channel}</th>
              <th scope="col">{words.groupings.campaign}</th>
              <th scope="col">{t.reason}</th>
              <th scope="col" className="num">
                {t.rejections}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.rejectionsBySource.map((r) => (
              <tr key={`${r.channel}|${r.campaign}|${r.reasonCode}`}>
                <td>{r.channel ?? words.none.channel}</td>
                <td>{r.campaign ?? words.none.campaign}</td>
                <td>{reason(r.reasonCode)}</td>
                <td className="num">{format.number(r.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
