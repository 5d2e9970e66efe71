import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { useCan } from '../../app/session.tsx';
import { Button, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/ui.tsx';
import { usePlaybook, useUsers } from '../lead/hooks/useLeadData.ts';
import { LeadsFilters } from './LeadsFilters.tsx';
import { LeadsTable } from './LeadsTable.tsx';
import { useLeadFilters, useLeadsSearch } from './useLeadsSearch.ts';
import '../inbox/inbox.css';

const m = defineMessages({
  'pt-BR': {
    title: 'Leads',
    subtitle:
      'Todos os leads, dos mais novos aos mais antigos. Filtre e abra um lead para ver tudo sobre ele.',
    shown: (n: number, more: boolean) => `${n} ${n === 1 ? 'lead' : 'leads'}${more ? ' (há mais)' : ''}`,
    empty: 'Nenhum lead com estes filtros.',
    more: 'Carregar mais',
  },
  en: {
    title: 'Leads',
    subtitle: 'Every lead, newest first. Filter, and open a lead to see everything about it.',
    shown: (n: number, more: boolean) =>
      `${n} ${n === 1 ? 'lead' : 'leads'}${more ? ' (more available)' : ''}`,
    empty: 'No leads match these filters.',
    more: 'Load more',
  },
});

/** Search and filter every lead; the filters live in the URL, pages load by cursor. */
export function Component() {
  const t = useMessages(m);
  const can = useCan();
  const [filters, setFilters] = useLeadFilters();
  const search = useLeadsSearch(filters);
  const users = useUsers(can('users:read'));
  const playbook = usePlaybook();
  const names = new Map((users.data?.items ?? []).map((u) => [u.id, u.name]));
  const leads = (search.data?.pages ?? []).flatMap((page) => page.items);
  return (
    <>
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <LeadsFilters filters={filters} onChange={setFilters} />
      {search.isPending ? (
        <Loading />
      ) : search.isError ? (
        <ErrorState error={search.error} onRetry={() => search.refetch()} />
      ) : leads.length === 0 ? (
        <EmptyState title={t.empty} />
      ) : (
        <>
          <p className="small muted" role="status">
            {t.shown(leads.length, search.hasNextPage)}
          </p>
          <LeadsTable leads={leads} names={names} playbook={playbook.data} />
          {search.hasNextPage ? (
            <div style={{ marginTop: '0.75rem' }}>
              <Button onClick={() => search.fetchNextPage()} busy={search.isFetchingNextPage}>
                {t.more}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}
