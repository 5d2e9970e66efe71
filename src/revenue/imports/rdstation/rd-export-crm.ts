import type { Stage } from '../../../leads/lead.ts';
import type { DealDraft } from '../../deal-draft.ts';
import { parseMoney } from '../../money.ts';
import type { RowCells } from '../row-cells.ts';

export const RDSTATION_SOURCE = 'rdstation';

/** RD Station's funnel stages ("Estágio no funil") in Bastão's dictionary. */
const STAGE_OF: Record<string, Stage> = {
  lead: 'lead',
  'lead qualificado': 'mql',
  'qualified lead': 'mql',
  oportunidade: 'opportunity',
  opportunity: 'opportunity',
  cliente: 'customer',
  client: 'customer',
  customer: 'customer',
};

/**
 * The stages the row dates. RD gives no date for its funnel stage: a "Lead Qualificado"
 * is dated at its last conversion (RD qualifies on conversion), never after the CRM's
 * opportunity or sale; an opportunity at the CRM's last opportunity, a customer at the
 * last sale. A stage with no date at all is not recorded (a warning says so).
 */
export function stagesOf(
  cells: RowCells,
  at: { firstAt?: number; lastAt?: number; opportunityAt?: number; saleAt?: number },
): { stage: Stage; at: number }[] {
  const stages: { stage: Stage; at: number }[] = [];
  const label = cells.text('Estágio no funil');
  const stage = label ? STAGE_OF[label.toLowerCase().trim()] : undefined;
  if (label && !stage) {
    cells.warnings.push(
      `Estágio no funil: "${label}" is not a stage Bastão knows; kept as the field rd_stage`,
    );
  }
  const later = [at.opportunityAt, at.saleAt].filter((t) => t !== undefined);
  const converted = at.lastAt ?? at.firstAt;
  const mqlAt = converted === undefined ? undefined : Math.min(converted, ...later);
  const dated: Partial<Record<Stage, number | undefined>> = {
    mql: mqlAt,
    opportunity: at.opportunityAt,
    customer: at.saleAt,
  };
  if (stage && stage !== 'lead' && dated[stage] === undefined) {
    cells.warnings.push(
      `Estágio no funil is "${label}" but the export has no date for it; the stage was not recorded`,
    );
  } else if (stage === 'mql' && mqlAt !== undefined) {
    stages.push({ stage: 'mql', at: mqlAt });
  }
  if (at.opportunityAt !== undefined) {
    stages.push({ stage: 'opportunity', at: at.opportunityAt });
  }
  return stages;
}

export function saleOf(
  cells: RowCells,
  email: string,
  owner: string,
  opportunityAt: number | undefined,
  saleAt: number,
): DealDraft {
  const value = cells.text('Valor da última venda');
  const cents = value ? parseMoney(value) : null;
  if (cents === null || cents < 0) {
    cells.warnings.push(
      `Valor da última venda: ${value ? `"${value}" is not an amount` : 'is empty'}; the deal was recorded with 0`,
    );
  }
  return {
    externalId: `${RDSTATION_SOURCE}:${email}:${new Date(saleAt).toISOString()}`,
    amountCents: cents !== null && cents >= 0 ? cents : 0,
    currency: 'BRL',
    status: 'won' as const,
    createdAt: opportunityAt !== undefined && opportunityAt <= saleAt ? opportunityAt : saleAt,
    closedAt: saleAt,
    ...(owner ? { owner } : {}),
  };
}
