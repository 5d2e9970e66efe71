import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared datasets live beside the repository (`../shared/datasets`); they are never copied into it. */
export const DATASETS = fileURLToPath(new URL('../../shared/datasets/', import.meta.url));

export const OLIST_MQLS = `${DATASETS}olist-funnel/olist_marketing_qualified_leads_dataset.csv`;
export const OLIST_DEALS = `${DATASETS}olist-funnel/olist_closed_deals_dataset.csv`;
export const HUBSPOT_HEADERS = `${DATASETS}crm-export-formats/hubspot_all_contacts_export_headers.txt`;
export const RDSTATION_HEADERS = `${DATASETS}crm-export-formats/rdstation_marketing_leads_export_headers.txt`;

/** The lines of a header list (one label per line). */
export const headerList = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
