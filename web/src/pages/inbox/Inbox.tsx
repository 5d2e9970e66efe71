import { useState } from 'react';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { Button, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/ui.tsx';
import { usePlaybook } from '../lead/hooks/useLeadData.ts';
import { NARROW, useMediaQuery } from '../lead/hooks/useMediaQuery.ts';
import { InboxFilters } from './InboxFilters.tsx';
import { QueueCards } from './QueueCards.tsx';
import { QueueTable } from './QueueTable.tsx';
import { channelOf, countByStatus, filterQueue } from './queue-filters.ts';
import { useQueue } from './useQueue.ts';
import { useQueueFilters } from './useQueueFilters.ts';
import './inbox.css';

const m = defineMessages({
  'pt-BR': {
    title: 'Caixa de entrada',
    subtitle: (n: number) =>
      n === 0
        ? 'Nenhum MQL aberto com você'
        : n === 1
          ? '1 MQL aberto com você'
          : `${n} MQLs abertos com você`,
    emptyTitle: 'Nada a fazer agora',
    empty: 'Quando Marketing entregar um MQL para você, ele aparece aqui com o prazo do SLA.',
    noMatchTitle: 'Nenhum lead com estes filtros',
    clear: 'Limpar filtros',
    refresh: 'Atualizar',
  },
  en: {
    title: 'Inbox',
    subtitle: (n: number) =>
      n === 0 ? 'No open MQLs with you' : n === 1 ? '1 open MQL with you' : `${n} open MQLs with you`,
    emptyTitle: 'Nothing to do right now',
    empty: 'When Marketing hands you an MQL, it shows up here with its SLA deadline.',
    noMatchTitle: 'No leads match these filters',
    clear: 'Clear filters',
    refresh: 'Refresh',
  },
});

/** The rep's inbox: their open MQLs, most urgent first, with live SLA clocks and the relay's buttons. */
export function Component() {
  const t = useMessages(m);
  const queue = useQueue();
  const playbook = usePlaybook();
  const isNarrow = useMediaQuery(NARROW);
  const [filters, setFilters, clearFilters] = useQueueFilters();
  const [message, setMessage] = useState('');

  const header = (
    <PageHeader
      title={t.title}
      subtitle={queue.data ? t.subtitle(queue.data.items.length) : undefined}
      actions={
        <Button size="sm" onClick={() => queue.refetch()} busy={queue.isFetching}>
          {t.refresh}
        </Button>
      }
    />
  );
  if (queue.isPending) {
    return (
      <>
        {header}
        <Loading />
      </>
    );
  }
  if (queue.isError) {
    return (
      <>
        {header}
        <ErrorState error={queue.error} onRetry={() => queue.refetch()} />
      </>
    );
  }
  const items = queue.data.items;
  const shown = filterQueue(items, filters);
  const channels = [...new Set(items.map(channelOf).filter(Boolean))].sort();
  const view = {
    items: shown,
    receivedAt: queue.data.receivedAt,
    playbook: playbook.data,
    onDecided: setMessage,
  };
  return (
    <>
      {header}
      <p className="inbox-message" role="status">
        {message}
      </p>
      {items.length === 0 ? (
        <EmptyState title={t.emptyTitle}>{t.empty}</EmptyState>
      ) : (
        <>
          <InboxFilters
            filters={filters}
            counts={countByStatus(items)}
            channels={channels}
            onChange={setFilters}
          />
          {shown.length === 0 ? (
            <EmptyState title={t.noMatchTitle}>
              <Button size="sm" onClick={clearFilters}>
                {t.clear}
              </Button>
            </EmptyState>
          ) : isNarrow ? (
            <QueueCards {...view} />
          ) : (
            <QueueTable {...view} />
          )}
        </>
      )}
    </>
  );
}
