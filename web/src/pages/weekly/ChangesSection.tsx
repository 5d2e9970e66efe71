import { useI18n, useMessages } from '../../app/i18n.tsx';
import { Card, EmptyState } from '../../ui/ui.tsx';
import type { WeeklyReview } from '../dashboard/types.ts';
import { weeklyMessages as m } from './messages.ts';

/** The server's three sentences on what moved most against the previous four weeks. */
export function ChangesSection({ review }: { review: WeeklyReview }) {
  const t = useMessages(m);
  const { lang } = useI18n();
  return (
    <Card title={t.changes} className="report-section">
      {review.changes.length === 0 ? (
        <EmptyState title={t.noChanges} />
      ) : (
        <ol className="report-list" data-list="changes">
          {review.changes.map((c) => (
            <li key={c.name} className={c.value >= c.baseline ? 'change-up' : 'change-down'}>
              {c.sentence[lang]}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
