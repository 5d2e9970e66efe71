import type { CustomFields } from '../../../leads/lead.ts';
import { foldedCells, parseBoolean, parseNumber, requireHeaders, touch } from '../columns.ts';
import type { ImportRecord } from '../import-record.ts';
import type { RowProblem } from '../import-summary.ts';
import { parseImportDate } from '../parse-date.ts';
import type { Table } from '../read-table.ts';

/** Olist's lead ids are the key of its leads in Bastão (`lead_external_ids`, source `olist`). */
export const OLIST_SOURCE = 'olist';
export const OLIST_MQL_COLUMNS = ['mql_id', 'first_contact_date', 'landing_page_id', 'origin'] as const;
export const OLIST_DEAL_COLUMNS = ['mql_id', 'seller_id', 'sdr_id', 'sr_id', 'won_date'] as const;

export interface Parsed {
  records: ImportRecord[];
  problems: RowProblem[];
}

/**
 * Olist's marketing-qualified leads: each row is a lead whose first touch is its `origin`
 * (an empty origin is no channel, not "unknown") and landing page, that entered `mql` on
 * `first_contact_date` (a local date in São Paulo).
 */
export function parseOlistMqls(table: Table, timeZone: string): Parsed {
  requireHeaders(table.headers, OLIST_MQL_COLUMNS, 'the Olist MQL file');
  const records: ImportRecord[] = [];
  const problems: RowProblem[] = [...table.problems];
  for (const row of table.rows) {
    const cells = foldedCells(row);
    const mqlId = cells.get('mql_id') ?? '';
    const date = parseImportDate(cells.get('first_contact_date') ?? '', timeZone);
    if (mqlId === '') {
      problems.push({ row: row.row, reason: 'mql_id is empty' });
    } else if (!date.ok || date.at === null) {
      problems.push({ row: row.row, reason: `first_contact_date: ${date.ok ? 'is empty' : date.reason}` });
    } else {
      const at = date.at;
      records.push({
        row: row.row,
        lead: {
          key: { source: OLIST_SOURCE, externalId: mqlId },
          email: null,
          firstTouch: touch(at, { channel: cells.get('origin'), landingPage: cells.get('landing_page_id') }),
          createdAt: at,
          stages: [{ stage: 'mql', at }],
          fields: { olist_mql_id: mqlId },
        },
      });
    }
  }
  return { records, problems };
}

const TEXT_FIELDS = [
  'business_segment',
  'lead_type',
  'lead_behaviour_profile',
  'average_stock',
  'business_type',
];
const NUMBER_FIELDS = ['declared_product_catalog_size', 'declared_monthly_revenue'];
const BOOLEAN_FIELDS = ['has_company', 'has_gtin'];

/**
 * Olist's closed deals: each row is a won deal (on `won_date`, local time) of an MQL
 * imported before, owned by its SR (`sr_id`, an Olist id, not a Bastão user) with the SDR
 * kept; the segment and what the seller declared become fields of the lead. Olist gives
 * no deal value: the amount is 0 (`declared_monthly_revenue` is kept as a lead field).
 */
export function parseOlistDeals(table: Table, timeZone: string): Parsed {
  requireHeaders(table.headers, OLIST_DEAL_COLUMNS, 'the Olist closed-deals file');
  const records: ImportRecord[] = [];
  const problems: RowProblem[] = [...table.problems];
  for (const row of table.rows) {
    const cells = foldedCells(row);
    const mqlId = cells.get('mql_id') ?? '';
    const won = parseImportDate(cells.get('won_date') ?? '', timeZone);
    if (mqlId === '') {
      problems.push({ row: row.row, reason: 'mql_id is empty' });
      continue;
    }
    if (!won.ok || won.at === null) {
      problems.push({ row: row.row, reason: `won_date: ${won.ok ? 'is empty' : won.reason}` });
      continue;
    }
    const fields: CustomFields = {};
    for (const key of TEXT_FIELDS) {
      const value = cells.get(key);
      if (value) {
        fields[key] = value;
      }
    }
    for (const key of NUMBER_FIELDS) {
      const value = parseNumber(cells.get(key) ?? '');
      if (value !== undefined) {
        fields[key] = value;
      }
    }
    for (const key of BOOLEAN_FIELDS) {
      const value = parseBoolean(cells.get(key) ?? '');
      if (value !== undefined) {
        fields[key] = value;
      }
    }
    const sdrId = cells.get('sdr_id') || null;
    records.push({
      row: row.row,
      lead: {
        key: { source: OLIST_SOURCE, externalId: mqlId },
        email: null,
        createIfMissing: false,
        fields: { ...fields, ...(sdrId ? { sdr_id: sdrId } : {}) },
      },
      deal: {
        externalId: `${OLIST_SOURCE}:${mqlId}`,
        amountCents: 0,
        currency: 'BRL',
        status: 'won',
        createdAt: won.at,
        closedAt: won.at,
        owner: cells.get('sr_id') || null,
        fields: { seller_id: cells.get('seller_id') || null, sdr_id: sdrId },
      },
    });
  }
  return { records, problems };
}
