import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { Button, ErrorState, Loading, PageHeader } from '../../ui/ui.tsx';
import { DrillDownProvider } from './DrillDown.tsx';
import { Funnel } from './Funnel.tsx';
import { GroupBreakdown } from './GroupBreakdown.tsx';
import { CycleCard, MoneyCard } from './MoneyCard.tsx';
import { MqlWeeks } from './MqlWeeks.tsx';
import { PeriodPicker, usePeriodText } from './PeriodPicker.tsx';
import { RepTable } from './RepTable.tsx';
import { GROUPINGS, type Grouping } from './types.ts';
import { usePeriod } from './usePeriod.ts';
import { useGlossary, useKpis } from './useReports.ts';
import './dashboard.css';

const m = defineMessages({
  'pt-BR': {
    title: 'Painel',
    refresh: 'Atualizar',
    hint: 'Passe o mouse ou o foco num nome para ver a definição; clique num número de leads para ver quem está nele.',
    ignored: (deals: number, costs: number, currency: string) =>
      `Fora das contas por estarem em outra moeda que ${currency}: ${deals} negócio(s) e ${costs} custo(s).`,
  },
  en: {
    title: 'Dashboard',
    refresh: 'Refresh',
    hint: 'Hover or focus a name to see its definition; click a count of leads to see who is in it.',
    ignored: (deals: number, costs: number, currency: string) =>
      `Left out for being in a currency other than ${currency}: ${deals} deal(s) and ${costs} cost(s).`,
  },
});

/** `?by=`: the grouping of the breakdown, channel by default. */
function useGrouping(): [Grouping, (by: Grouping) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get('by');
  const by = (GROUPINGS as readonly string[]).includes(asked ?? '') ? (asked as Grouping) : 'channel';
  const setBy = (next: Grouping) =>
    setParams((previous) => {
      const updated = new URLSearchParams(previous);
      updated.set('by', next);
      return updated;
    });
  return [by, setBy];
}

/**
 * The numbers marketing and sales share: the funnel, MQLs per week against the commitment,
 * speed to lead and SLA by rep, money, cycle, and a breakdown by channel (or another grouping).
 */
export function Component() {
  const t = useMessages(m);
  const period = usePeriod();
  const periodText = usePeriodText();
  const [by, setBy] = useGrouping();
  const glossary = useGlossary();
  const weekly = useKpis(period, 'week');
  const byOwner = useKpis(period, 'owner');
  const client = useQueryClient();
  // Every KPI query of the page (the breakdown and an open drill-down too).
  const refresh = () => void client.invalidateQueries({ queryKey: ['kpis'] });
  const failed = weekly.error ?? byOwner.error ?? glossary.error;

  return (
    <DrillDownProvider period={period}>
      <div className="report-page">
        <PageHeader
          title={t.title}
          subtitle={periodText}
          actions={
            <>
              <PeriodPicker />
              <Button className="no-print" onClick={refresh} busy={weekly.isFetching}>
                {t.refresh}
              </Button>
            </>
          }
        />
        <p className="muted small no-print">{t.hint}</p>
        {failed ? (
          <ErrorState error={failed} onRetry={refresh} />
        ) : !weekly.data || !byOwner.data || !glossary.data ? (
          <Loading />
        ) : (
          <div className="stack dashboard">
            {weekly.data.ignored.deals + weekly.data.ignored.costs > 0 ? (
              <p className="muted small" role="note">
                {t.ignored(weekly.data.ignored.deals, weekly.data.ignored.costs, weekly.data.currency)}
              </p>
            ) : null}
            <Funnel totals={weekly.data.totals} />
            <div className="grid grid-2">
              <MqlWeeks answer={weekly.data} />
              <div className="stack">
                <MoneyCard totals={weekly.data.totals} />
                <CycleCard totals={weekly.data.totals} />
              </div>
            </div>
            <RepTable answer={byOwner.data} />
            <GroupBreakdown period={period} by={by} onByChange={setBy} />
          </div>
        )}
      </div>
    </DrillDownProvider>
  );
}
