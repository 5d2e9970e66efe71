import { STAGES, type Stage } from '../../../leads/lead.ts';
import { normalizeEmail } from '../../../leads/normalize-email.ts';
import { foldHeader, touch, touchFields } from '../columns.ts';
import type { ImportRecord } from '../import-record.ts';
import type { RowProblem } from '../import-summary.ts';
import { parseImportDate } from '../parse-date.ts';
import { companyOf } from '../profile-values.ts';
import type { Table } from '../read-table.ts';
import { mapRow, requireFields, resolveColumns } from './column-map.ts';

/** Leads keyed by an `externalId` column keep it under this source. */
export const CSV_SOURCE = 'csv';

const STAGE_NAMES: Record<string, Stage> = {
  ...Object.fromEntries(STAGES.map((s) => [s, s])),
  'lead qualificado': 'mql',
  'marketing qualified lead': 'mql',
  'sales qualified lead': 'sql',
  oportunidade: 'opportunity',
  cliente: 'customer',
  customer: 'customer',
  nutricao: 'nurture',
  desqualificado: 'disqualified',
};

export const stageNamed = (name: string): Stage | undefined => STAGE_NAMES[foldHeader(name)];

/**
 * Any CSV of people: one lead per row, keyed by `externalId` (when mapped) or e-mail.
 * Dates without an offset are local to the workspace; `stage` is recorded as a transition
 * at `stageAt` (else `createdAt`); unmapped columns become custom fields.
 */
export function parseCsvLeads(
  table: Table,
  timeZone: string,
  maps: readonly string[],
): { records: ImportRecord[]; problems: RowProblem[] } {
  const map = resolveColumns(table.headers, 'leads', maps);
  requireFields(map, 'leads', [['email', 'externalId']]);
  const records: ImportRecord[] = [];
  const problems: RowProblem[] = [...table.problems];
  for (const row of table.rows) {
    const { values, custom } = mapRow(row.cells, map);
    const get = (field: string) => values.get(field) ?? '';
    const rawEmail = get('email');
    const email = rawEmail ? normalizeEmail(rawEmail) : null;
    const externalId = get('externalId');
    const createdAt = parseImportDate(get('createdAt'), timeZone);
    const stageAt = parseImportDate(get('stageAt'), timeZone);
    const stage = get('stage') ? stageNamed(get('stage')) : undefined;
    const reason =
      rawEmail && email === null
        ? `email: "${rawEmail.slice(0, 80)}" is not a valid e-mail address`
        : !email && !externalId
          ? 'has neither an e-mail nor an externalId'
          : !createdAt.ok
            ? `createdAt: ${createdAt.reason}`
            : !stageAt.ok
              ? `stageAt: ${stageAt.reason}`
              : get('stage') && !stage
                ? `stage: "${get('stage')}" is not one of ${STAGES.join(', ')}`
                : null;
    if (reason !== null || !createdAt.ok || !stageAt.ok) {
      problems.push({ row: row.row, reason: reason ?? 'cannot be read' });
      continue;
    }
    const warnings: string[] = [];
    const at = createdAt.at ?? undefined;
    const movedAt = stageAt.at ?? at;
    if (stage === 'nurture' || stage === 'disqualified') {
      warnings.push(`stage "${get('stage')}": imports record forward stages only; not recorded`);
    } else if (stage && stage !== 'lead' && movedAt === undefined) {
      warnings.push(`stage "${get('stage')}" has no date (stageAt or createdAt); the stage was not recorded`);
    }
    const source = {
      channel: get('channel'),
      campaign: get('campaign'),
      medium: get('medium'),
      content: get('content'),
      term: get('term'),
      landingPage: get('landingPage'),
      referrer: get('referrer'),
    };
    const hasSource = Object.values(source).some((v) => v !== '');
    const company = companyOf({
      name: get('company'),
      website: get('companyDomain'),
      segment: get('segment'),
      employees: get('employees'),
      state: get('state'),
      country: get('country'),
    });
    records.push({
      row: row.row,
      lead: {
        key: externalId ? { source: CSV_SOURCE, externalId } : null,
        email,
        ...(get('name') ? { name: get('name').slice(0, 200) } : {}),
        ...(get('phone') ? { phone: get('phone').slice(0, 50) } : {}),
        ...(get('jobTitle') ? { jobTitle: get('jobTitle').slice(0, 200) } : {}),
        ...(company ? { company } : {}),
        ...(hasSource && at !== undefined ? { firstTouch: touch(at, source) } : {}),
        ...(hasSource && at === undefined ? { source: touchFields(source) } : {}),
        ...(at !== undefined ? { createdAt: at } : {}),
        ...(get('owner') ? { owner: get('owner') } : {}),
        fields: custom,
        stages: stage && movedAt !== undefined ? [{ stage, at: movedAt }] : [],
      },
      warnings,
    });
  }
  return { records, problems };
}
