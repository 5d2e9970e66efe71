import { AppError } from '../../../kernel/app-error.ts';
import { fieldKeyOf, foldHeader } from '../columns.ts';
import { CSV_FIELDS, type CsvType } from '../import-vocabulary.ts';

export { CSV_FIELDS, CSV_TYPES, type CsvType } from '../import-vocabulary.ts';

/** Portuguese and common English headers recognised without a `--map`. */
const ALIASES: Record<string, string> = {
  'e-mail': 'email',
  nome: 'name',
  telefone: 'phone',
  celular: 'phone',
  cargo: 'jobTitle',
  empresa: 'company',
  'company name': 'company',
  dominio: 'companyDomain',
  website: 'companyDomain',
  segmento: 'segment',
  funcionarios: 'employees',
  estado: 'state',
  uf: 'state',
  pais: 'country',
  canal: 'channel',
  origem: 'channel',
  source: 'channel',
  campanha: 'campaign',
  midia: 'medium',
  'landing page': 'landingPage',
  'criado em': 'createdAt',
  'data de criacao': 'createdAt',
  estagio: 'stage',
  etapa: 'stage',
  dono: 'owner',
  responsavel: 'owner',
  vendedor: 'owner',
  id: 'externalId',
  negocio: 'name',
  'deal name': 'name',
  valor: 'amount',
  moeda: 'currency',
  situacao: 'status',
  'fechado em': 'closedAt',
  'close date': 'closedAt',
  'motivo da perda': 'lostReason',
  mes: 'month',
  custo: 'amount',
  investimento: 'amount',
};

/** Where each column goes: a field of the type, `fields.<key>` (a custom field), or null (ignored). */
export type ColumnMap = Map<string, string | null>;

const compact = (text: string) => foldHeader(text).replace(/[^a-z0-9]/g, '');

/**
 * The columns of a CSV mapped to the fields of `type`: by name (`jobTitle`, `Job Title`,
 * `job_title`), by a Portuguese or common alias (`Canal`, `Valor`), or as given with
 * `--map "Column=field"` (`--map "Column="` ignores a column; `fields.key` keeps it as a
 * custom field). Unmapped columns become custom fields of leads and deals; costs ignore them.
 */
export function resolveColumns(
  headers: readonly string[],
  type: CsvType,
  maps: readonly string[],
): ColumnMap {
  const fields = CSV_FIELDS[type];
  const byCompact = new Map(fields.map((f) => [compact(f), f]));
  const explicit = new Map<string, string | null>();
  for (const spec of maps) {
    const at = spec.lastIndexOf('=');
    const column = at < 0 ? '' : spec.slice(0, at).trim();
    const field = at < 0 ? '' : spec.slice(at + 1).trim();
    if (column === '') {
      throw new AppError('invalid_request', `--map "${spec}": write it as "Column=field".`);
    }
    if (!headers.some((h) => foldHeader(h) === foldHeader(column))) {
      throw new AppError('invalid_request', `--map "${spec}": the file has no column "${column}".`);
    }
    if (field !== '' && !field.startsWith('fields.') && !fields.includes(field)) {
      throw new AppError(
        'invalid_request',
        `--map "${spec}": "${field}" is not a ${type} field; use one of ${fields.join(', ')} or fields.<key>.`,
      );
    }
    explicit.set(foldHeader(column), field === '' ? null : field);
  }
  const map: ColumnMap = new Map();
  for (const header of headers) {
    const folded = foldHeader(header);
    const known = byCompact.get(compact(header)) ?? ALIASES[folded];
    const fallback = type === 'costs' ? null : `fields.${fieldKeyOf(header)}`;
    const field = explicit.has(folded) ? (explicit.get(folded) ?? null) : (known ?? fallback);
    map.set(header, field === undefined ? null : field);
  }
  return map;
}

/** A row's values by field, plus its custom fields. */
export function mapRow(
  cells: Record<string, string>,
  map: ColumnMap,
): { values: Map<string, string>; custom: Record<string, string> } {
  const values = new Map<string, string>();
  const custom: Record<string, string> = {};
  for (const [header, raw] of Object.entries(cells)) {
    const field = map.get(header);
    const value = raw.trim();
    if (!field || value === '') {
      continue;
    }
    if (field.startsWith('fields.')) {
      custom[field.slice('fields.'.length)] = value;
    } else if (!values.has(field)) {
      values.set(field, value);
    }
  }
  return { values, custom };
}

/** Fails before importing when a required field has no column. */
export function requireFields(map: ColumnMap, type: CsvType, required: readonly string[][]): void {
  const mapped = new Set(map.values());
  for (const anyOf of required) {
    if (!anyOf.some((f) => mapped.has(f))) {
      throw new AppError(
        'invalid_request',
        `A ${type} file needs a column for ${anyOf.join(' or ')}; name it so or add --map "Your column=${anyOf[0]}".`,
      );
    }
  }
}
