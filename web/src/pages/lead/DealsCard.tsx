import { useFormat } from '../../app/format.ts';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { Badge, Card, ErrorState, Loading } from '../../ui/ui.tsx';
import { useDeals } from './hooks/useLeadData.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Negócios',
    none: 'Nenhum negócio com este lead.',
    statuses: { open: 'Aberto', won: 'Ganho', lost: 'Perdido' } as Record<string, string>,
    opened: (when: string) => `aberto em ${when}`,
    closed: (when: string) => `fechado em ${when}`,
    lost: (reason: string) => `motivo: ${reason}`,
    unnamed: 'Negócio',
  },
  en: {
    title: 'Deals',
    none: 'No deals with this lead.',
    statuses: { open: 'Open', won: 'Won', lost: 'Lost' } as Record<string, string>,
    opened: (when: string) => `opened ${when}`,
    closed: (when: string) => `closed ${when}`,
    lost: (reason: string) => `reason: ${reason}`,
    unnamed: 'Deal',
  },
});

const TONES: Record<string, 'info' | 'success' | 'danger'> = { open: 'info', won: 'success', lost: 'danger' };

/** The lead's deals from the CRM or the API: amount, status and dates. */
export function DealsCard({ leadId }: { leadId: string }) {
  const t = useMessages(m);
  const fmt = useFormat();
  const deals = useDeals(leadId);
  return (
    <Card title={t.title}>
      {deals.isPending ? (
        <Loading />
      ) : deals.isError ? (
        <ErrorState error={deals.error} onRetry={() => deals.refetch()} />
      ) : deals.data.items.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ul className="tasks">
          {deals.data.items.map((deal) => (
            <li key={deal.id}>
              <Badge tone={TONES[deal.status] ?? 'neutral'}>{t.statuses[deal.status] ?? deal.status}</Badge>
              <span>
                <strong>{deal.name ?? t.unnamed}</strong>{' '}
                {new Intl.NumberFormat(fmt.lang, { style: 'currency', currency: deal.currency }).format(
                  deal.amount,
                )}
                <br />
                <span className="small muted">
                  {t.opened(fmt.date(deal.createdAt))}
                  {deal.closedAt ? ` · ${t.closed(fmt.date(deal.closedAt))}` : ''}
                  {deal.lostReason ? ` · ${t.lost(deal.lostReason)}` : ''}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
