import { useFormat } from '../../../app/format.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Badge, Button, EmptyState, ErrorState, Loading } from '../../../ui/ui.tsx';
import { type Delivery, useDeliveries } from './use-webhooks.ts';
import { webhookLabels } from './webhook-labels.ts';

const m = defineMessages({
  'pt-BR': {
    title: (name: string) => `Entregas de ${name}`,
    empty: 'Nenhuma entrega ainda. Use "Testar" para mandar um evento de exemplo.',
    event: 'Evento',
    created: 'Criada',
    status: 'Situação',
    attempts: 'Tentativas',
    last: 'Última resposta',
    test: 'teste',
    next: (when: string) => `próxima tentativa ${when}`,
    details: 'Tentativas e corpo enviado',
    more: 'Carregar mais',
    noResponse: 'sem resposta',
  },
  en: {
    title: (name: string) => `Deliveries of ${name}`,
    empty: 'No deliveries yet. Use "Test" to send a sample event.',
    event: 'Event',
    created: 'Created',
    status: 'Status',
    attempts: 'Attempts',
    last: 'Last answer',
    test: 'test',
    next: (when: string) => `next attempt ${when}`,
    details: 'Attempts and body sent',
    more: 'Load more',
    noResponse: 'no answer',
  },
});

const TONE = { pending: 'warning', delivered: 'success', failed: 'danger' } as const;

function DeliveryRow({ delivery }: { delivery: Delivery }) {
  const t = useMessages(m);
  const labels = useMessages(webhookLabels);
  const f = useFormat();
  return (
    <li className="delivery">
      <div className="spread">
        <span>
          <Badge tone={TONE[delivery.status]}>{labels.statuses[delivery.status]}</Badge>{' '}
          <strong>{labels.events[delivery.eventType] ?? delivery.eventType}</strong>{' '}
          {delivery.isTest ? <Badge tone="info">{t.test}</Badge> : null}
        </span>
        <span className="muted small">
          {f.dateTime(delivery.createdAt)}
          {delivery.nextAttemptAt ? ` · ${t.next(f.dateTime(delivery.nextAttemptAt))}` : ''}
        </span>
      </div>
      <div className="small">
        {t.attempts}: {delivery.attempts.length} · {t.last}:{' '}
        {delivery.lastStatusCode ? `HTTP ${delivery.lastStatusCode}` : t.noResponse}
        {delivery.lastError ? ` — ${delivery.lastError}` : ''}
      </div>
      <details>
        <summary>{t.details}</summary>
        <ol className="small">
          {delivery.attempts.map((a) => (
            <li key={a.attempt}>
              {f.dateTime(a.at)} — {a.statusCode ? `HTTP ${a.statusCode}` : t.noResponse} ({a.durationMs} ms)
              {a.error ? ` — ${a.error}` : ''}
            </li>
          ))}
        </ol>
        <pre className="mono code-block">{delivery.body}</pre>
      </details>
    </li>
  );
}

/** One webhook's delivery log, newest first. */
export function Deliveries({ id, name }: { id: string; name: string }) {
  const t = useMessages(m);
  const log = useDeliveries(id);
  if (log.isPending) {
    return <Loading />;
  }
  if (log.isError) {
    return <ErrorState error={log.error} onRetry={() => void log.refetch()} />;
  }
  const items = log.data.pages.flatMap((page) => page.items);
  return (
    <section aria-label={t.title(name)} className="stack">
      <h3>{t.title(name)}</h3>
      {items.length === 0 ? (
        <EmptyState title={t.empty} />
      ) : (
        <ul className="deliveries">
          {items.map((d) => (
            <DeliveryRow key={d.id} delivery={d} />
          ))}
        </ul>
      )}
      {log.hasNextPage ? (
        <div>
          <Button size="sm" busy={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
            {t.more}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
