import { createHash } from 'node:crypto';
import { normalizeEmail } from '../../../leads/normalize-email.ts';
import type { DealStatus } from '../../deal.ts';
import type { DealDraft } from '../../deal-draft.ts';
import { parseMoney } from '../../money.ts';
import { dealProblem } from '../../revenue-input.ts';
import { foldHeader } from '../columns.ts';
import type { ImportRecord } from '../import-record.ts';
import type { RowProblem } from '../import-summary.ts';
import { parseImportDate } from '../parse-date.ts';
import type { Table } from '../read-table.ts';
import { mapRow, requireFields, resolveColumns } from './column-map.ts';

/** Deal stages as CRMs name them (Maven's Engaging/Prospecting are open deals). */
const STATUS_OF: Record<string, DealStatus> = {
  open: 'open',
  aberto: 'open',
  'em andamento': 'open',
  engaging: 'open',
  prospecting: 'open',
  won: 'won',
  ganho: 'won',
  'closed won': 'won',
  'fechado ganho': 'won',
  vendido: 'won',
  lost: 'lost',
  perdido: 'lost',
  'closed lost': 'lost',
  'fechado perdido': 'lost',
};

/**
 * Any CSV of deals: each row a deal of the lead its `email` (created if new) or `leadId`
 * names, upserted by `externalId`. Without an id column a deal is known by its lead, name
 * and creation date, so the same file imported twice still changes nothing.
 */
export function parseCsvDeals(
  table: Table,
  timeZone: string,
  maps: readonly string[],
): { records: ImportRecord[]; problems: RowProblem[] } {
  const map = resolveColumns(table.headers, 'deals', maps);
  requireFields(map, 'deals', [['email', 'leadId'], ['amount'], ['status']]);
  const records: ImportRecord[] = [];
  const problems: RowProblem[] = [...table.problems];
  for (const row of table.rows) {
    const parsed = parseRow(mapRow(row.cells, map), timeZone);
    if ('reason' in parsed) {
      problems.push({ row: row.row, reason: parsed.reason });
      continue;
    }
    records.push({ row: row.row, ...parsed });
  }
  return { records, problems };
}

function parseRow(
  { values, custom }: ReturnType<typeof mapRow>,
  timeZone: string,
): Omit<ImportRecord, 'row'> | { reason: string } {
  const get = (field: string) => values.get(field) ?? '';
  const rawEmail = get('email');
  const email = rawEmail ? normalizeEmail(rawEmail) : null;
  if (rawEmail && email === null) {
    return { reason: `email: "${rawEmail.slice(0, 80)}" is not a valid e-mail address` };
  }
  if (!email && !get('leadId')) {
    return { reason: 'names no lead: give an email or a leadId' };
  }
  const cents = parseMoney(get('amount'));
  if (cents === null || cents < 0) {
    return { reason: `amount: "${get('amount')}" is not an amount of zero or more` };
  }
  const status = STATUS_OF[foldHeader(get('status'))];
  if (!status) {
    return { reason: `status: "${get('status')}" is not open, won or lost` };
  }
  const currency = (get('currency') || 'BRL').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) {
    return { reason: `currency: "${get('currency')}" is not an ISO 4217 code such as BRL` };
  }
  const created = parseImportDate(get('createdAt'), timeZone);
  const closed = parseImportDate(get('closedAt'), timeZone);
  if (!created.ok || !closed.ok) {
    return {
      reason: !created.ok
        ? `createdAt: ${created.reason}`
        : `closedAt: ${(closed as { reason: string }).reason}`,
    };
  }
  const createdAt = created.at ?? undefined;
  const closedAt = status === 'open' ? undefined : (closed.at ?? undefined);
  const lostReason = get('lostReason') || undefined;
  const problem = dealProblem({
    ...(email ? { lead: email } : { leadId: get('leadId') }),
    status,
    createdAt,
    closedAt,
    lostReason,
  });
  if (problem) {
    return { reason: `${problem.path}: ${problem.message}` };
  }
  const lead = email ?? `id:${get('leadId')}`;
  const externalId =
    get('externalId') ||
    `csv:${createHash('sha256')
      .update(`${lead}\u0000${get('name')}\u0000${createdAt ?? ''}`)
      .digest('hex')
      .slice(0, 32)}`;
  const deal: DealDraft = {
    externalId,
    ...(get('name') ? { name: get('name').slice(0, 200) } : {}),
    amountCents: cents,
    currency,
    status,
    ...(createdAt !== undefined ? { createdAt } : {}),
    ...(closedAt !== undefined ? { closedAt } : {}),
    ...(lostReason ? { lostReason: lostReason.slice(0, 500) } : {}),
    ...(get('owner') ? { owner: get('owner') } : {}),
    fields: custom,
  };
  return {
    lead: email ? { key: null, email } : { key: null, email: null, leadId: get('leadId') },
    deal,
  };
}
