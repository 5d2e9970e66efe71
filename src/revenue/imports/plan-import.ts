import { AppError } from '../../kernel/app-error.ts';
import { CSV_TYPES, type CsvType } from './csv/column-map.ts';
import { type CostRecord, parseCsvCosts } from './csv/parse-csv-costs.ts';
import { parseCsvDeals } from './csv/parse-csv-deals.ts';
import { parseCsvLeads } from './csv/parse-csv-leads.ts';
import { dropRepeats } from './drop-repeats.ts';
import { parseHubSpotExport } from './hubspot/parse-hubspot-export.ts';
import type { ImportRecord } from './import-record.ts';
import type { RowProblem } from './import-summary.ts';
import type { ImportFormat } from './import-vocabulary.ts';
import { parseOlistDeals, parseOlistMqls } from './olist/parse-olist.ts';
import { parseRdStationExport } from './rdstation/parse-rdstation-export.ts';
import { readTable, type Table } from './read-table.ts';

export { IMPORT_FORMATS, type ImportFormat } from './import-vocabulary.ts';

/** One file, parsed and ready to apply: the rows to import and those refused already. */
export type ImportJob = { file: string; kind: string; problems: RowProblem[] } & (
  | { type: 'records'; records: ImportRecord[] }
  | { type: 'costs'; records: CostRecord[] }
);

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Reads and parses the files of an import, in the order they must be applied (Olist's
 * MQLs before its deals, whatever the order given). Throws an AppError when a file is not
 * the format asked for: then nothing is imported.
 */
export function planImport(
  format: ImportFormat,
  files: readonly ImportFile[],
  options: { timeZone: string; csvType?: string; maps?: readonly string[] },
): ImportJob[] {
  const tables = files.map((file) => ({ file: file.name, table: tableOf(file) }));
  const tz = options.timeZone;
  switch (format) {
    case 'olist': {
      const isMqls = (t: Table) => t.headers.includes('first_contact_date');
      const ordered = [...tables].sort((a, b) => Number(isMqls(b.table)) - Number(isMqls(a.table)));
      return ordered.map(({ file, table }) =>
        isMqls(table)
          ? recordsJob(file, 'Olist MQLs', parseOlistMqls(table, tz), leadKey)
          : recordsJob(file, 'Olist closed deals', parseOlistDeals(table, tz), dealKey),
      );
    }
    case 'rdstation':
      return tables.map(({ file, table }) =>
        recordsJob(file, 'RD Station leads', parseRdStationExport(table, tz), leadKey),
      );
    case 'hubspot':
      return tables.map(({ file, table }) =>
        recordsJob(file, 'HubSpot contacts', parseHubSpotExport(table, tz), leadKey),
      );
    case 'csv':
      return tables.map(({ file, table }) =>
        csvJob(file, table, csvTypeOf(options.csvType), tz, options.maps ?? []),
      );
    default: {
      const unknown: never = format;
      throw new AppError('invalid_request', `Unknown import format ${String(unknown)}.`);
    }
  }
}

function csvJob(file: string, table: Table, type: CsvType, tz: string, maps: readonly string[]): ImportJob {
  if (type === 'costs') {
    const parsed = parseCsvCosts(table, maps);
    const unique = dropRepeats(
      parsed.records,
      (r) => `${r.cost.month}|${r.cost.channel}|${r.cost.campaign ?? ''}`,
      'month, channel and campaign',
    );
    return {
      file,
      kind: 'costs',
      type: 'costs',
      records: unique.records,
      problems: [...parsed.problems, ...unique.problems],
    };
  }
  return type === 'leads'
    ? recordsJob(file, 'leads', parseCsvLeads(table, tz, maps), leadKey)
    : recordsJob(file, 'deals', parseCsvDeals(table, tz, maps), dealKey);
}

function recordsJob(
  file: string,
  kind: string,
  parsed: { records: ImportRecord[]; problems: RowProblem[] },
  keyOf: (r: ImportRecord) => string | null,
): ImportJob {
  const unique = dropRepeats(
    parsed.records,
    keyOf,
    kind === 'deals' || kind.endsWith('deals') ? 'deal' : 'person',
  );
  return {
    file,
    kind,
    type: 'records',
    records: unique.records,
    problems: [...parsed.problems, ...unique.problems],
  };
}

const leadKey = (r: ImportRecord): string | null =>
  r.lead.key ? `k:${r.lead.key.source}:${r.lead.key.externalId}` : r.lead.email ? `e:${r.lead.email}` : null;
const dealKey = (r: ImportRecord): string | null =>
  r.deal?.externalId ? `d:${r.deal.externalId}` : leadKey(r);

function csvTypeOf(type: string | undefined): CsvType {
  if (!type || !(CSV_TYPES as readonly string[]).includes(type)) {
    throw new AppError(
      'invalid_request',
      `import csv needs --type ${CSV_TYPES.join('|')}${type ? `, not "${type}"` : ''}.`,
    );
  }
  return type as CsvType;
}

function tableOf(file: ImportFile): Table {
  try {
    return readTable(file.bytes);
  } catch (error) {
    throw new AppError(
      'invalid_request',
      `${file.name}: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
}
