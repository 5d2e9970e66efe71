import { defineMessages } from '../../app/i18n.tsx';
import type { Grouping, KpiName } from './types.ts';

/** Words the report pages share: stages, groupings and their missing values. */
export const labels = defineMessages({
  'pt-BR': {
    stages: {
      lead: 'Lead',
      mql: 'MQL',
      sql: 'SQL',
      opportunity: 'Oportunidade',
      customer: 'Cliente',
      nurture: 'Nutrição',
      disqualified: 'Desqualificado',
    } as Record<string, string>,
    groupings: {
      channel: 'Canal',
      campaign: 'Campanha',
      owner: 'Vendedor(a)',
      month: 'Mês do MQL',
      week: 'Semana do MQL',
    } as Record<Grouping, string>,
    none: {
      channel: '(sem canal)',
      campaign: '(sem campanha)',
      owner: '(sem dono)',
      month: '(nunca MQL)',
      week: '(nunca MQL)',
    } as Record<Grouping, string>,
    total: 'Total',
    /** Column headings where the full name would not fit (the definition gives the full name). */
    short: {
      customers: 'Clientes',
      mqlToSqlRate: 'MQL → SQL',
      mqlToCustomerRate: 'MQL → cliente',
      cac: 'CAC',
      roi: 'ROI',
      cpl: 'CPL',
      speedToLeadMedianMinutes: 'Atendimento (mediana)',
      speedToLeadP90Minutes: 'Atendimento (p90)',
      firstTouchSlaCompliance: 'SLA 1º contato',
      mqlCommitment: 'Compromisso',
      mqlCommitmentAttainment: 'Atingido',
    } as Partial<Record<KpiName, string>>,
  },
  en: {
    stages: {
      lead: 'Lead',
      mql: 'MQL',
      sql: 'SQL',
      opportunity: 'Opportunity',
      customer: 'Customer',
      nurture: 'Nurture',
      disqualified: 'Disqualified',
    } as Record<string, string>,
    groupings: {
      channel: 'Channel',
      campaign: 'Campaign',
      owner: 'Rep',
      month: 'MQL month',
      week: 'MQL week',
    } as Record<Grouping, string>,
    none: {
      channel: '(no channel)',
      campaign: '(no campaign)',
      owner: '(no owner)',
      month: '(never MQL)',
      week: '(never MQL)',
    } as Record<Grouping, string>,
    total: 'Total',
    short: {
      customers: 'Customers',
      mqlToSqlRate: 'MQL → SQL',
      mqlToCustomerRate: 'MQL → customer',
      cac: 'CAC',
      roi: 'ROI',
      cpl: 'CPL',
      speedToLeadMedianMinutes: 'Speed (median)',
      speedToLeadP90Minutes: 'Speed (p90)',
      firstTouchSlaCompliance: '1st-touch SLA',
      mqlCommitment: 'Commitment',
      mqlCommitmentAttainment: 'Attained',
    } as Partial<Record<KpiName, string>>,
  },
});

/** A group's name as people read it: the owner's name, the key, or "(no channel)". */
export const groupName = (
  t: (typeof labels)['en'],
  by: Grouping,
  group: { key: string | null; name?: string | null },
): string => (group.key === null ? t.none[by] : by === 'owner' ? (group.name ?? group.key) : group.key);
