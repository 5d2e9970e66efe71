import type { CustomFields } from '../../../leads/lead.ts';
import { normalizeEmail } from '../../../leads/normalize-email.ts';
import { rdOrigin } from '../channel-names.ts';
import { foldHeader, requireHeaders, touch } from '../columns.ts';
import type { ImportRecord } from '../import-record.ts';
import type { RowProblem } from '../import-summary.ts';
import { companyOf, legalBasisOf } from '../profile-values.ts';
import type { Table } from '../read-table.ts';
import { RowCells } from '../row-cells.ts';
import { saleOf, stagesOf } from './rd-export-crm.ts';

export { RDSTATION_SOURCE } from './rd-export-crm.ts';

/** Columns that tell an RD Station lead export from other files with an e-mail column. */
const RD_MARKERS = [
  'Estágio no funil',
  'Data da primeira conversão',
  'Origem da primeira conversão',
  'Dono do Lead',
];

/**
 * An RD Station Marketing lead export ("Todos os contatos da base de leads"), one person
 * per row, keyed by e-mail. Conversions give the first and last touch (`Busca Paga |
 * Google` → channel `paid_search`, medium `Google`); the funnel stage, the CRM's last
 * opportunity and last sale become dated transitions, the last sale a won deal; Lead
 * Scoring (Perfil A–D, Interesse) and every other column are kept as custom fields.
 */
export function parseRdStationExport(
  table: Table,
  timeZone: string,
): { records: ImportRecord[]; problems: RowProblem[] } {
  requireHeaders(table.headers, ['Email'], 'an RD Station lead export');
  const folded = new Set(table.headers.map(foldHeader));
  if (!RD_MARKERS.some((marker) => folded.has(foldHeader(marker)))) {
    requireHeaders(table.headers, RD_MARKERS.slice(0, 1), 'an RD Station lead export');
  }
  const records: ImportRecord[] = [];
  const problems: RowProblem[] = [...table.problems];
  for (const row of table.rows) {
    const parsed = parseRow(new RowCells(row, timeZone));
    if ('reason' in parsed) {
      problems.push({ row: row.row, reason: parsed.reason });
    } else {
      records.push(parsed);
    }
  }
  return { records, problems };
}

function parseRow(cells: RowCells): ImportRecord | { reason: string } {
  const rawEmail = cells.text('Email', 'E-mail');
  const email = normalizeEmail(rawEmail);
  if (email === null) {
    return {
      reason: rawEmail ? `Email: "${rawEmail.slice(0, 80)}" is not a valid e-mail address` : 'Email is empty',
    };
  }
  const firstAt = cells.date('Data da primeira conversão');
  const lastAt = cells.date('Data da última conversão');
  const opportunityAt = cells.date('Data da última oportunidade');
  const saleAt = cells.date('Data da última venda');
  const fields: CustomFields = {};
  const firstOrigin = cells.text('Origem da primeira conversão');
  const lastOrigin = cells.text('Origem da última conversão');
  const firstTouchAt = firstAt ?? lastAt;
  if (firstOrigin) {
    fields.rd_first_conversion_origin = firstOrigin;
  }
  if (lastOrigin) {
    fields.rd_last_conversion_origin = lastOrigin;
  }
  const profile = cells.text('Lead Scoring - Perfil').toUpperCase();
  if (profile) {
    fields.rd_profile = profile;
  }
  const interest = Number(cells.text('Lead Scoring - Interesse'));
  if (cells.text('Lead Scoring - Interesse') && Number.isFinite(interest)) {
    fields.rd_interest = interest;
  }
  const conversions = Number(cells.text('Total de conversões'));
  if (cells.text('Total de conversões') && Number.isFinite(conversions)) {
    fields.rd_conversions = conversions;
  }
  for (const [label, key] of KEPT_AS_FIELDS) {
    const value = cells.text(label);
    if (value) {
      fields[key] = value;
    }
  }
  const stages = stagesOf(cells, { firstAt, lastAt, opportunityAt, saleAt });
  const owner = cells.text('Dono do Lead');
  const basis = legalBasisOf(cells.text('Base legal para comunicação'));
  const phone = cells.text('Telefone') || cells.text('Celular');
  const company = companyOf({
    name: cells.text('Empresa'),
    website: cells.text('Website'),
    state: cells.text('Estado'),
    country: cells.text('País'),
  });
  const deal = saleAt === undefined ? undefined : saleOf(cells, email, owner, opportunityAt, saleAt);
  return {
    row: cells.row.row,
    lead: {
      key: null,
      email,
      ...(cells.text('Nome') ? { name: cells.text('Nome').slice(0, 200) } : {}),
      ...(phone ? { phone: phone.slice(0, 50) } : {}),
      ...(cells.text('Cargo') ? { jobTitle: cells.text('Cargo').slice(0, 200) } : {}),
      ...(company ? { company } : {}),
      ...(firstTouchAt !== undefined ? { firstTouch: touch(firstTouchAt, rdOrigin(firstOrigin)) } : {}),
      ...(lastAt !== undefined ? { lastTouch: touch(lastAt, rdOrigin(lastOrigin || firstOrigin)) } : {}),
      ...(firstTouchAt !== undefined ? { createdAt: firstTouchAt } : {}),
      ...(basis
        ? { consent: { basis, ...(firstTouchAt !== undefined ? { givenAt: firstTouchAt } : {}) } }
        : {}),
      ...(owner ? { owner } : {}),
      fields: { ...fields, ...cells.others() },
      stages,
    },
    ...(deal ? { deal } : {}),
    warnings: cells.warnings,
  };
}

const KEPT_AS_FIELDS: [string, string][] = [
  ['Celular', 'mobile_phone'],
  ['Cidade', 'city'],
  ['País', 'country'],
  ['Facebook', 'facebook'],
  ['Twitter', 'twitter'],
  ['Linkedin', 'linkedin'],
  ['Biografia', 'bio'],
  ['URL pública', 'rd_public_url'],
  ['Data de aniversário', 'birthday'],
  ['Tags', 'tags'],
  ['Status para comunicação por email', 'email_status'],
  ['Base legal para comunicação', 'legal_basis'],
  ['Eventos (Últimos 100)', 'rd_recent_events'],
  ['Etapa do funil de vendas no CRM (última atualização)', 'rd_crm_stage'],
  ['Estágio no funil', 'rd_stage'],
  ['Valor da última venda', 'rd_last_sale_value'],
];
