import { useState } from 'react';
import { useFormat } from '../../app/format.ts';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { Button, Card, EmptyState, ErrorState, Loading, Tabs } from '../../ui/ui.tsx';
import type { PlaybookDoc, TimelineEntry } from './api-types.ts';
import { useTimeline } from './hooks/useLeadData.ts';
import { TimelineItem } from './TimelineItem.tsx';

const m = defineMessages({
  'pt-BR': {
    title: 'Linha do tempo',
    show: 'Mostrar',
    kinds: { all: 'Tudo', event: 'Interações', transition: 'Estágios', activity: 'Atividades e notas' },
    more: 'Carregar mais',
    empty: 'Nada por aqui ainda.',
  },
  en: {
    title: 'Timeline',
    show: 'Show',
    kinds: { all: 'All', event: 'Interactions', transition: 'Stages', activity: 'Activities and notes' },
    more: 'Load more',
    empty: 'Nothing here yet.',
  },
});

type Kind = 'all' | TimelineEntry['kind'];
const KINDS: readonly Kind[] = ['all', 'event', 'transition', 'activity'];

/** Interactions, stage changes and sales activities (with their notes), newest first, page by page. */
export function TimelineCard({ leadId, playbook }: { leadId: string; playbook: PlaybookDoc | undefined }) {
  const t = useMessages(m);
  const fmt = useFormat();
  const timeline = useTimeline(leadId);
  const [kind, setKind] = useState<Kind>('all');
  const entries = (timeline.data?.pages ?? []).flatMap((page) => page.items);
  const shown = kind === 'all' ? entries : entries.filter((entry) => entry.kind === kind);
  return (
    <Card title={t.title}>
      <Tabs<Kind>
        label={t.show}
        value={kind}
        onChange={setKind}
        tabs={KINDS.map((k) => ({ value: k, label: t.kinds[k] }))}
      />
      {timeline.isPending ? (
        <Loading />
      ) : timeline.isError ? (
        <ErrorState error={timeline.error} onRetry={() => timeline.refetch()} />
      ) : shown.length === 0 ? (
        <EmptyState title={t.empty} />
      ) : (
        <ol className="timeline">
          {shown.map((entry) => (
            <li key={`${entry.kind}-${entry.id}`} data-kind={entry.kind}>
              <time dateTime={entry.at}>{fmt.dateTime(entry.at)}</time>
              <TimelineItem entry={entry} playbook={playbook} />
            </li>
          ))}
        </ol>
      )}
      {timeline.hasNextPage ? (
        <div style={{ marginTop: '0.75rem' }}>
          <Button size="sm" onClick={() => timeline.fetchNextPage()} busy={timeline.isFetchingNextPage}>
            {t.more}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
