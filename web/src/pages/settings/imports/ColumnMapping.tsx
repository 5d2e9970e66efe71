import { useId } from 'react';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Button } from '../../../ui/ui.tsx';
import { CSV_FIELDS, type CsvType } from './use-imports.ts';

/** `Column=field` (`field` empty: the column is ignored). */
export interface ColumnMap {
  column: string;
  field: string;
}

const m = defineMessages({
  'pt-BR': {
    legend: 'Mapeamento de colunas (opcional)',
    hint: 'Colunas com o nome do campo (email, createdAt…) ou em português (e-mail, cargo, uf, criado em…) são reconhecidas sozinhas; as demais viram campos personalizados.',
    column: 'Coluna do arquivo',
    field: 'Vai para o campo',
    ignore: '(ignorar a coluna)',
    add: 'Mapear uma coluna',
    remove: (column: string) => `Remover o mapeamento de ${column || 'coluna'}`,
  },
  en: {
    legend: 'Column mapping (optional)',
    hint: 'Columns named after a field (email, createdAt…) or in Portuguese (e-mail, cargo, uf, criado em…) are recognised; the others become custom fields.',
    column: 'Column in the file',
    field: 'Goes to the field',
    ignore: '(ignore the column)',
    add: 'Map a column',
    remove: (column: string) => `Remove the mapping of ${column || 'column'}`,
  },
});

function MappingRow({
  type,
  headers,
  map,
  onChange,
  onRemove,
}: {
  type: CsvType;
  headers: readonly string[];
  map: ColumnMap;
  onChange(patch: Partial<ColumnMap>): void;
  onRemove(): void;
}) {
  const t = useMessages(m);
  const id = useId();
  return (
    <div className="row">
      <label htmlFor={`${id}-column`}>{t.column}</label>
      {headers.length > 0 ? (
        <select id={`${id}-column`} value={map.column} onChange={(e) => onChange({ column: e.target.value })}>
          <option value="" />
          {headers.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={`${id}-column`}
          value={map.column}
          onChange={(e) => onChange({ column: e.target.value })}
        />
      )}
      <label htmlFor={`${id}-field`}>{t.field}</label>
      <select id={`${id}-field`} value={map.field} onChange={(e) => onChange({ field: e.target.value })}>
        <option value="">{t.ignore}</option>
        {CSV_FIELDS[type].map((f) => (
          <option key={f} value={f}>
            {f}
          </option>
        ))}
      </select>
      <Button size="sm" variant="ghost" onClick={onRemove}>
        {t.remove(map.column)}
      </Button>
    </div>
  );
}

export function ColumnMapping({
  type,
  headers,
  value,
  onChange,
}: {
  type: CsvType;
  headers: readonly string[];
  value: ColumnMap[];
  onChange(value: ColumnMap[]): void;
}) {
  const t = useMessages(m);
  const put = (i: number, patch: Partial<ColumnMap>) =>
    onChange(value.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <fieldset className="checks">
      <legend>{t.legend}</legend>
      <p className="muted small">{t.hint}</p>
      {value.map((map, i) => (
        <MappingRow
          // biome-ignore lint/suspicious/noArrayIndexKey: mapping rows have no id; their order is their identity.
          key={i}
          type={type}
          headers={headers}
          map={map}
          onChange={(patch) => put(i, patch)}
          onRemove={() => onChange(value.filter((_, j) => j !== i))}
        />
      ))}
      <div>
        <Button
          size="sm"
          onClick={() => onChange([...value, { column: headers[0] ?? '', field: CSV_FIELDS[type][0] ?? '' }])}
        >
          {t.add}
        </Button>
      </div>
    </fieldset>
  );
}
