import { useMessages } from '../../app/i18n.tsx';
import { Card } from '../../ui/ui.tsx';
import { KpiTerm, KpiValue } from '../dashboard/KpiFigure.tsx';
import { groupName, labels } from '../dashboard/labels.ts';
import type { KpiName, WeeklyReview } from '../dashboard/types.ts';
import { weeklyMessages as m } from './messages.ts';

const COLUMNS: readonly KpiName[] = ['leads', 'mqls', 'sqls', 'mqlToSqlRate', 'customers', 'revenue', 'cost'];

/** The week's funnel by the leads' first-touch channel. */
export function ChannelSection({ review }: { review: WeeklyReview }) {
  const t = useMessages(m);
  const words = useMessages(labels);
  return (
    <Card title={t.channels} className="report-section">
      <div className="table-wrap">
        <table className="data" data-table="weekly-channels">
          <thead>
            <tr>
              <th scope="col">{words.groupings.channel}</th>
              {COLUMNS.map((name) => (
                <th key={name} scope="col" className="num">
                  <KpiTerm name={name} short />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {review.byChannel.map((group) => (
              <tr key={group.key ?? ''}>
                <th scope="row">{groupName(words, 'channel', group)}</th>
                {COLUMNS.map((name) => (
                  <td key={name} className="num">
                    <KpiValue name={name} value={group[name]} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
