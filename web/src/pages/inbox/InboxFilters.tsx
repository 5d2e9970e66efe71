import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { SelectField, Tabs, TextField } from '../../ui/ui.tsx';
import { GRADES, type Grade } from '../lead/api-types.ts';
import { leadWords } from '../lead/labels.ts';
import { type QueueFilters, STATUS_FILTERS, type StatusFilter } from './queue-filters.ts';

const m = defineMessages({
  'pt-BR': {
    status: 'Situação do SLA',
    statuses: { all: 'Todos', breached: 'Estourados', warning: 'Vencendo', on_track: 'No prazo' },
    channel: 'Canal de origem',
    anyChannel: 'Todos os canais',
    grade: 'Nota de fit',
    anyGrade: 'Todas as notas',
    search: 'Buscar',
    searchPlaceholder: 'Nome, e-mail ou empresa',
  },
  en: {
    status: 'SLA status',
    statuses: { all: 'All', breached: 'Breached', warning: 'Due soon', on_track: 'On track' },
    channel: 'Source channel',
    anyChannel: 'All channels',
    grade: 'Fit grade',
    anyGrade: 'All grades',
    search: 'Search',
    searchPlaceholder: 'Name, e-mail or company',
  },
});

export function InboxFilters({
  filters,
  counts,
  channels,
  onChange,
}: {
  filters: QueueFilters;
  counts: Record<StatusFilter, number>;
  channels: readonly string[];
  onChange(change: Partial<QueueFilters>): void;
}) {
  const t = useMessages(m);
  const words = useMessages(leadWords);
  return (
    <div className="inbox-filters">
      <Tabs
        label={t.status}
        value={filters.status}
        onChange={(status) => onChange({ status })}
        tabs={STATUS_FILTERS.map((status) => ({
          value: status,
          label: `${t.statuses[status]} (${counts[status]})`,
        }))}
      />
      <div className="filter-row">
        <TextField
          label={t.search}
          type="search"
          placeholder={t.searchPlaceholder}
          value={filters.text}
          onChange={(e) => onChange({ text: e.target.value })}
        />
        <SelectField
          label={t.channel}
          value={filters.channel}
          onChange={(e) => onChange({ channel: e.target.value })}
          options={[
            { value: '', label: t.anyChannel },
            ...channels.map((c) => ({ value: c, label: c || words.noChannel })),
          ]}
        />
        <SelectField
          label={t.grade}
          value={filters.grade}
          onChange={(e) => onChange({ grade: e.target.value as Grade | '' })}
          options={[
            { value: '', label: t.anyGrade },
            ...GRADES.map((g) => ({ value: g, label: words.grade(g) })),
          ]}
        />
      </div>
    </div>
  );
}
