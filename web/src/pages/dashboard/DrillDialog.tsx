import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { Button, EmptyState, ErrorState, Loading } from '../../ui/ui.tsx';
import type { DrillRequest } from './DrillDown.tsx';
import { labels } from './labels.ts';
import { usePeriodText } from './PeriodPicker.tsx';
import type { Period } from './usePeriod.ts';
import { useKpiLeads } from './useReports.ts';

const m = defineMessages({
  'pt-BR': {
    caption: 'Os leads por trás deste número',
    lead: 'Lead',
    company: 'Empresa',
    stage: 'Etapa atual',
    channel: 'Canal',
    owner: 'Dono',
    when: 'Quando entrou na métrica',
    more: 'Carregar mais',
    close: 'Fechar',
    none: 'Nenhum lead neste número.',
    shown: (n: number) => (n === 1 ? '1 lead listado' : `${n} leads listados`),
  },
  en: {
    caption: 'The leads behind this number',
    lead: 'Lead',
    company: 'Company',
    stage: 'Current stage',
    channel: 'Channel',
    owner: 'Owner',
    when: 'When it entered the metric',
    more: 'Load more',
    close: 'Close',
    none: 'No leads behind this number.',
    shown: (n: number) => (n === 1 ? '1 lead listed' : `${n} leads listed`),
  },
});

/** The leads behind one number, with links to each lead; Escape or Close ends it. */
export function DrillDialog({
  period,
  request,
  onClose,
}: {
  period: Period;
  request: DrillRequest;
  onClose(): void;
}) {
  const t = useMessages(m);
  const words = useMessages(labels);
  const format = useFormat();
  const periodText = usePeriodText(period);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const leads = useKpiLeads(period, { metric: request.metric, by: request.by, key: request.key });
  const rows = leads.data?.pages.flatMap((page) => page.items) ?? [];
  useEffect(() => {
    if (ref.current && !ref.current.open) {
      ref.current.showModal();
    }
  }, []);

  return (
    <dialog ref={ref} className="drill-dialog" aria-labelledby={titleId} onClose={onClose}>
      <header className="spread">
        <div>
          <h2 id={titleId}>{request.title}</h2>
          <p className="muted small">
            {periodText} · {t.caption}
          </p>
        </div>
        <Button size="sm" onClick={() => ref.current?.close()}>
          {t.close}
        </Button>
      </header>
      {leads.isPending ? (
        <Loading />
      ) : leads.isError ? (
        <ErrorState error={leads.error} onRetry={() => void leads.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={t.none} />
      ) : (
        <div className="table-wrap">
          <table className="data drill-leads">
            <caption className="visually-hidden">{request.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.lead}</th>
                <th scope="col">{t.company}</th>
                <th scope="col">{t.stage}</th>
                <th scope="col">{t.channel}</th>
                <th scope="col">{t.owner}</th>
                <th scope="col">{t.when}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((lead) => (
                <tr key={lead.leadId}>
                  <td>
                    <Link to={`/leads/${encodeURIComponent(lead.leadId)}`}>
                      {lead.name ?? lead.email ?? lead.leadId}
                    </Link>
                    {lead.name && lead.email ? <div className="muted small">{lead.email}</div> : null}
                  </td>
                  <td>{lead.company ?? '—'}</td>
                  <td>{words.stages[lead.stage] ?? lead.stage}</td>
                  <td>{lead.channel ?? words.none.channel}</td>
                  <td>{lead.ownerName ?? words.none.owner}</td>
                  <td>{format.dateTime(lead.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <footer className="spread drill-foot">
        <span className="muted small" aria-live="polite">
          {rows.length > 0 ? t.shown(rows.length) : null}
        </span>
        {leads.hasNextPage ? (
          <Button size="sm" busy={leads.isFetchingNextPage} onClick={() => void leads.fetchNextPage()}>
            {t.more}
          </Button>
        ) : null}
      </footer>
    </dialog>
  );
}
