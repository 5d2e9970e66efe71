import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Button } from '../../../ui/ui.tsx';

/** One absence as whole days: first and last day off, inclusive (`YYYY-MM-DD`). */
export interface AbsenceDays {
  first: string;
  last: string;
}

const m = defineMessages({
  'pt-BR': {
    legend: 'Ausências (não recebe leads)',
    first: 'Primeiro dia fora',
    last: 'Último dia fora',
    add: 'Adicionar ausência',
    remove: (n: number) => `Remover a ausência ${n}`,
    none: 'Nenhuma ausência marcada.',
  },
  en: {
    legend: 'Out of office (gets no leads)',
    first: 'First day off',
    last: 'Last day off',
    add: 'Add an absence',
    remove: (n: number) => `Remove absence ${n}`,
    none: 'No absences set.',
  },
});

export function AbsenceList({
  value,
  onChange,
  errorAt,
  today,
}: {
  value: AbsenceDays[];
  onChange(value: AbsenceDays[]): void;
  errorAt(index: number): string | undefined;
  today: string;
}) {
  const t = useMessages(m);
  const put = (i: number, patch: Partial<AbsenceDays>) =>
    onChange(value.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <fieldset className="checks">
      <legend>{t.legend}</legend>
      {value.length === 0 ? <p className="muted small">{t.none}</p> : null}
      {value.map((absence, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: absences have no id; order is their identity here.
        <div className="row absence" key={i}>
          <label>
            {t.first}{' '}
            <input type="date" value={absence.first} onChange={(e) => put(i, { first: e.target.value })} />
          </label>
          <label>
            {t.last}{' '}
            <input type="date" value={absence.last} onChange={(e) => put(i, { last: e.target.value })} />
          </label>
          <Button size="sm" variant="ghost" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {t.remove(i + 1)}
          </Button>
          {errorAt(i) ? <small className="field-error">{errorAt(i)}</small> : null}
        </div>
      ))}
      <div>
        <Button size="sm" onClick={() => onChange([...value, { first: today, last: today }])}>
          {t.add}
        </Button>
      </div>
    </fieldset>
  );
}
