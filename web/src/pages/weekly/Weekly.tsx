import { useFormat } from '../../app/format.ts';
import { useI18n, useMessages } from '../../app/i18n.tsx';
import { Button, ErrorState, Loading, PageHeader } from '../../ui/ui.tsx';
import { DrillDownProvider } from '../dashboard/DrillDown.tsx';
import { usePeriodText } from '../dashboard/PeriodPicker.tsx';
import { RepTable } from '../dashboard/RepTable.tsx';
import { useGlossary } from '../dashboard/useReports.ts';
import { AcceptanceSection } from './AcceptanceSection.tsx';
import { BreachesSection } from './BreachesSection.tsx';
import { ChangesSection } from './ChangesSection.tsx';
import { ChannelSection } from './ChannelSection.tsx';
import { DealsSection } from './DealsSection.tsx';
import { weeklyMessages as m } from './messages.ts';
import { useWeek, useWeeklyReview } from './useWeekly.ts';
import { VolumesSection } from './VolumesSection.tsx';
import { WeekPicker } from './WeekPicker.tsx';
import '../dashboard/dashboard.css';

/**
 * The 30-minute weekly meeting on one page: volumes against the commitment, speed and SLA by
 * rep, acceptance and reasons, conversion by channel, deals won, what changed, open breaches.
 * Prints clean; the server's HTML version is one link away.
 */
export function Component() {
  const t = useMessages(m);
  const { lang } = useI18n();
  const format = useFormat();
  const [week, setWeek] = useWeek();
  const review = useWeeklyReview(week);
  const glossary = useGlossary();
  const period = { from: review.data?.fromDate ?? '', to: review.data?.toDate ?? '' };
  const periodText = usePeriodText(review.data ? period : undefined);
  const htmlHref = `/api/v1/reports/weekly?week=${encodeURIComponent(week)}&format=html&lang=${lang}`;

  return (
    <DrillDownProvider period={period}>
      <div className="report-page">
        <PageHeader
          title={t.title(week)}
          subtitle={review.data ? `${periodText} · ${t.asOf(format.dateTime(review.data.asOf))}` : null}
          actions={
            <>
              <WeekPicker week={week} onChange={setWeek} />
              <Button className="no-print" variant="primary" onClick={() => window.print()}>
                {t.print}
              </Button>
              <a className="btn btn-md btn-secondary no-print" href={htmlHref} target="_blank" rel="noopener">
                {t.html}
              </a>
            </>
          }
        />
        {review.isPending || glossary.isPending ? (
          <Loading />
        ) : review.isError ? (
          <ErrorState error={review.error} onRetry={() => void review.refetch()} />
        ) : (
          <div className="stack weekly">
            <VolumesSection review={review.data} title={t.volumes} />
            <ChangesSection review={review.data} />
            <RepTable answer={{ groups: review.data.byOwner, totals: review.data.totals }} />
            <AcceptanceSection review={review.data} />
            <ChannelSection review={review.data} />
            <DealsSection review={review.data} />
            <BreachesSection review={review.data} />
          </div>
        )}
      </div>
    </DrillDownProvider>
  );
}
