import type { CustomFields, Stage } from '../../../leads/lead.ts';
import { normalizeEmail } from '../../../leads/normalize-email.ts';
import { channelOf } from '../channel-names.ts';
import { foldHeader, requireHeaders, touch } from '../columns.ts';
import type { ImportRecord } from '../import-record.ts';
import type { RowProblem } from '../import-summary.ts';
import { companyOf, legalBasisOf } from '../profile-values.ts';
import type { Table } from '../read-table.ts';
import { RowCells } from '../row-cells.ts';
import { HUBSPOT, lifecycleColumns } from './hubspot-columns.ts';

export const HUBSPOT_SOURCE = 'hubspot';

/**
 * A HubSpot contacts export (English or Portuguese labels). Record ID is the person's key
 * (with the e-mail as fallback); "Original Source" and its drill-downs the first touch;
 * the "Became a … Date" columns dated transitions (Became a Customer Date → customer);
 * "Contact owner" the owner; every other column a custom field.
 */
export function parseHubSpotExport(
  table: Table,
  timeZone: string,
): { records: ImportRecord[]; problems: RowProblem[] } {
  const have = new Set(table.headers.map(foldHeader));
  const idLabel = HUBSPOT.recordId.find((label) => have.has(foldHeader(label)));
  const emailLabel = HUBSPOT.email.find((label) => have.has(foldHeader(label)));
  if (!idLabel && !emailLabel) {
    requireHeaders(table.headers, ['Record ID', 'Email'], 'a HubSpot contacts export');
  }
  const stageColumns = lifecycleColumns(table.headers);
  const records: ImportRecord[] = [];
  const problems: RowProblem[] = [...table.problems];
  for (const row of table.rows) {
    const parsed = parseRow(new RowCells(row, timeZone), stageColumns);
    if ('reason' in parsed) {
      problems.push({ row: row.row, reason: parsed.reason });
    } else {
      records.push(parsed);
    }
  }
  return { records, problems };
}

function parseRow(
  cells: RowCells,
  stageColumns: { header: string; stage: Stage }[],
): ImportRecord | { reason: string } {
  const recordId = cells.text(...HUBSPOT.recordId);
  const rawEmail = cells.text(...HUBSPOT.email);
  const email = rawEmail ? normalizeEmail(rawEmail) : null;
  if (rawEmail && email === null) {
    cells.warnings.push(`Email: "${rawEmail.slice(0, 80)}" is not a valid e-mail address; ignored`);
  }
  if (!recordId && email === null) {
    return { reason: 'has neither a Record ID nor a valid Email' };
  }
  const createdAt = cells.date(...HUBSPOT.createDate);
  const stages: { stage: Stage; at: number }[] = [];
  for (const { header, stage } of stageColumns) {
    const at = cells.date(header);
    if (at !== undefined) {
      stages.push({ stage, at });
    }
  }
  const current = cells.text(...HUBSPOT.lifecycleStage);
  const fields: CustomFields = {};
  if (current) {
    fields.hubspot_lifecycle_stage = current;
    const stage = stageOfLifecycle(current);
    if (stage && stage !== 'lead' && !stages.some((s) => s.stage === stage)) {
      cells.warnings.push(
        `Lifecycle Stage is "${current}" but its "Became a … Date" is empty; the stage was not recorded`,
      );
    }
  }
  const status = cells.text(...HUBSPOT.leadStatus);
  if (status) {
    fields.hubspot_lead_status = status;
  }
  const firstName = cells.text(...HUBSPOT.firstName);
  const lastName = cells.text(...HUBSPOT.lastName);
  const name = [firstName, lastName].filter(Boolean).join(' ');
  const phone = cells.text(...HUBSPOT.phone) || cells.text(...HUBSPOT.mobile);
  const owner = cells.text(...HUBSPOT.owner);
  const basis = legalBasisOf(cells.text(...HUBSPOT.legalBasis));
  const company = companyOf({
    name: cells.text(...HUBSPOT.companyName),
    website: cells.text(...HUBSPOT.website),
    segment: cells.text(...HUBSPOT.industry),
    employees: cells.text(...HUBSPOT.employees),
    state: cells.text(...HUBSPOT.state),
    country: cells.text(...HUBSPOT.country),
  });
  const source = cells.text(...HUBSPOT.originalSource);
  const touchAt = createdAt ?? cells.date(...HUBSPOT.firstConversionDate);
  const firstTouch =
    touchAt === undefined
      ? undefined
      : touch(touchAt, {
          channel: channelOf(source),
          medium: cells.text(...HUBSPOT.drillDown1),
          term: cells.text(...HUBSPOT.drillDown2),
          campaign: cells.text(...HUBSPOT.firstCampaign),
          landingPage: cells.text(...HUBSPOT.firstPage),
          referrer: cells.text(...HUBSPOT.firstReferrer),
        });
  if (source && firstTouch === undefined) {
    fields.hubspot_original_source = source;
    cells.warnings.push('Original Source has no Create Date; kept as a field, not as the first touch');
  }
  cells.skip(...stageColumns.map((c) => c.header));
  return {
    row: cells.row.row,
    lead: {
      key: recordId ? { source: HUBSPOT_SOURCE, externalId: recordId } : null,
      email,
      ...(name ? { name: name.slice(0, 200) } : {}),
      ...(phone ? { phone: phone.slice(0, 50) } : {}),
      ...(cells.text(...HUBSPOT.jobTitle) ? { jobTitle: cells.text(...HUBSPOT.jobTitle).slice(0, 200) } : {}),
      ...(company ? { company } : {}),
      ...(firstTouch ? { firstTouch } : {}),
      ...(createdAt !== undefined ? { createdAt } : {}),
      ...(basis ? { consent: { basis, ...(createdAt !== undefined ? { givenAt: createdAt } : {}) } } : {}),
      ...(owner ? { owner } : {}),
      fields: { ...fields, ...cells.others() },
      stages,
    },
    warnings: cells.warnings,
  };
}

/** HubSpot's lifecycle stage values (internal names and English/Portuguese labels). */
function stageOfLifecycle(value: string): Stage | undefined {
  const folded = foldHeader(value).replace(/[^a-z]/g, '');
  if (/customer|cliente/.test(folded)) {
    return 'customer';
  }
  if (/opportunity|oportunidade/.test(folded)) {
    return 'opportunity';
  }
  if (/salesqualified|qualificadoparavendas|^sql$/.test(folded)) {
    return 'sql';
  }
  if (/marketingqualified|qualificadoparamarketing|^mql$/.test(folded)) {
    return 'mql';
  }
  return /lead/.test(folded) ? 'lead' : undefined;
}
