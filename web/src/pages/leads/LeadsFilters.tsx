import { type FormEvent, useEffect, useState } from 'react';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { useCan, useSession } from '../../app/session.tsx';
import { Button, SelectField, TextField } from '../../ui/ui.tsx';
import { STAGES, type Stage } from '../lead/api-types.ts';
import { useUsers } from '../lead/hooks/useLeadData.ts';
import { leadWords } from '../lead/labels.ts';
import type { LeadFilters as Filters } from './useLeadsSearch.ts';

const m = defineMessages({
  'pt-BR': {
    label: 'Filtros',
    q: 'Buscar',
    qPlaceholder: 'Nome, e-mail ou empresa',
    stage: 'Estágio',
    anyStage: 'Todos os estágios',
    owner: 'Responsável',
    anyOwner: 'Qualquer pessoa',
    mine: 'Meus leads',
    channel: 'Canal de origem',
    channelPlaceholder: 'ex.: google, site, evento',
    from: 'Criado de',
    to: 'Criado até',
    apply: 'Buscar',
    clear: 'Limpar',
  },
  en: {
    label: 'Filters',
    q: 'Search',
    qPlaceholder: 'Name, e-mail or company',
    stage: 'Stage',
    anyStage: 'All stages',
    owner: 'Owner',
    anyOwner: 'Anyone',
    mine: 'My leads',
    channel: 'Source channel',
    channelPlaceholder: 'e.g. google, site, event',
    from: 'Created from',
    to: 'Created until',
    apply: 'Search',
    clear: 'Clear',
  },
});

/** Text applies on Search (or Enter); lists and dates at once. Everything lands in the URL. */
export function LeadsFilters({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange(change: Partial<Filters>): void;
}) {
  const t = useMessages(m);
  const words = useMessages(leadWords);
  const can = useCan();
  const me = useSession().data?.user;
  const users = useUsers(can('users:read'));
  const [q, setQ] = useState(filters.q);
  const [channel, setChannel] = useState(filters.channel);
  useEffect(() => {
    setQ(filters.q);
    setChannel(filters.channel);
  }, [filters.q, filters.channel]);
  const owners = [
    { value: '', label: t.anyOwner },
    ...(me ? [{ value: me.id, label: t.mine }] : []),
    ...(users.data?.items ?? [])
      .filter((u) => u.id !== me?.id && (u.role === 'sales_rep' || u.role === 'sales_manager'))
      .map((u) => ({ value: u.id, label: u.name })),
  ];
  if (filters.ownerId && !owners.some((o) => o.value === filters.ownerId)) {
    owners.push({ value: filters.ownerId, label: filters.ownerId });
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q, channel });
  };
  return (
    <form className="filter-row card" aria-label={t.label} onSubmit={submit} style={{ marginBottom: '1rem' }}>
      <TextField
        label={t.q}
        type="search"
        placeholder={t.qPlaceholder}
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <SelectField
        label={t.stage}
        value={filters.stage}
        onChange={(e) => onChange({ stage: e.target.value as Stage | '' })}
        options={[
          { value: '', label: t.anyStage },
          ...STAGES.map((s) => ({ value: s, label: words.stages[s] })),
        ]}
      />
      <SelectField
        label={t.owner}
        value={filters.ownerId}
        onChange={(e) => onChange({ ownerId: e.target.value })}
        options={owners}
      />
      <TextField
        label={t.channel}
        placeholder={t.channelPlaceholder}
        value={channel}
        onChange={(e) => setChannel(e.target.value)}
      />
      <TextField
        label={t.from}
        type="date"
        value={filters.createdFrom}
        onChange={(e) => onChange({ createdFrom: e.target.value })}
      />
      <TextField
        label={t.to}
        type="date"
        value={filters.createdTo}
        onChange={(e) => onChange({ createdTo: e.target.value })}
      />
      <div className="row">
        <Button type="submit" variant="primary">
          {t.apply}
        </Button>
        <Button
          onClick={() =>
            onChange({ q: '', stage: '', ownerId: '', channel: '', createdFrom: '', createdTo: '' })
          }
        >
          {t.clear}
        </Button>
      </div>
    </form>
  );
}
