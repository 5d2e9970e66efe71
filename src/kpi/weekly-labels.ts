import type { Lang } from '../playbook/localized-text.ts';

/** Every text of the weekly review, in both languages. */
export const WEEKLY_LABELS = {
  'pt-BR': {
    title: (week: string) => `Revisão semanal de smarketing: ${week}`,
    subtitle: (from: string, to: string, timeZone: string, asOf: string) =>
      `De ${from} a ${to} (${timeZone}); dados até ${asOf}.`,
    volumes: 'Volumes da semana e compromisso do marketing',
    volumesHead: (weeks: number) => ['Métrica', 'Semana', `Média das ${weeks} semanas anteriores`],
    noCommitment: 'O playbook não tem compromisso mensal de MQLs (sla.marketing.mqlsPerMonth).',
    commitment: (mqls: string, target: string, share: string) =>
      `MQLs: ${mqls} entregues de ${target} combinados para a semana (${share}).`,
    changes: 'O que mais mudou',
    noChanges: 'Nada a comparar: as semanas anteriores não têm dados.',
    reps: 'Velocidade de atendimento e SLA por vendedor',
    repsHead: ['Vendedor', 'MQLs', 'Mediana', 'P90', 'SLA de primeiro contato'],
    noOwner: '(sem dono)',
    acceptance: 'Aceite e motivos de rejeição',
    accepted: (accepted: number, decided: number, rate: string) =>
      `Vendas aceitou ${accepted} de ${decided} leads decididos (${rate}).`,
    minimum: (rate: string) => `Mínimo combinado: ${rate}.`,
    noDecisions: 'Nenhum lead aceito ou rejeitado na semana.',
    reasonsHead: ['Motivo', 'Rejeições', 'Participação'],
    objections: 'Objeções mais ouvidas',
    conversion: 'Conversão por canal',
    conversionHead: ['Canal', 'Leads', 'MQLs', 'SQLs', 'Clientes', 'MQL → SQL', 'Custo', 'CPL'],
    noChannel: '(sem canal)',
    deals: 'Negócios ganhos',
    dealsHead: ['Negócio', 'Valor', 'Fechado em', 'Canal', 'Dono'],
    noDeals: 'Nenhum negócio ganho na semana.',
    breaches: 'Violações de SLA em aberto no fim da semana',
    breachCount: (n: number) =>
      n === 0 ? 'Nenhum relógio vencido em aberto.' : `${n} relógio(s) vencido(s) sem cumprimento.`,
    breachesHead: ['Lead', 'Dono', 'Relógio', 'Venceu em'],
    clocks: { first_touch: 'Primeiro contato', attempts: 'Tentativas', decision: 'Decisão' } as Record<
      string,
      string
    >,
    more: (n: number) => `… e mais ${n}.`,
    footer: 'Definições de cada métrica: docs/kpis.md ou GET /api/v1/kpis/glossary.',
  },
  en: {
    title: (week: string) => `Weekly smarketing review: ${week}`,
    subtitle: (from: string, to: string, timeZone: string, asOf: string) =>
      `From ${from} to ${to} (${timeZone}); data up to ${asOf}.`,
    volumes: 'The week’s volumes and marketing’s commitment',
    volumesHead: (weeks: number) => ['Metric', 'Week', `Average of the previous ${weeks} weeks`],
    noCommitment: 'The playbook has no monthly MQL commitment (sla.marketing.mqlsPerMonth).',
    commitment: (mqls: string, target: string, share: string) =>
      `MQLs: ${mqls} delivered of ${target} committed for the week (${share}).`,
    changes: 'What changed most',
    noChanges: 'Nothing to compare: the previous weeks have no data.',
    reps: 'Speed to lead and SLA by rep',
    repsHead: ['Rep', 'MQLs', 'Median', 'P90', 'First-touch SLA'],
    noOwner: '(no owner)',
    acceptance: 'Acceptance and rejection reasons',
    accepted: (accepted: number, decided: number, rate: string) =>
      `Sales accepted ${accepted} of ${decided} leads decided (${rate}).`,
    minimum: (rate: string) => `Agreed minimum: ${rate}.`,
    noDecisions: 'No lead accepted or rejected this week.',
    reasonsHead: ['Reason', 'Rejections', 'Share'],
    objections: 'Objections heard most',
    conversion: 'Conversion by channel',
    conversionHead: ['Channel', 'Leads', 'MQLs', 'SQLs', 'Customers', 'MQL → SQL', 'Cost', 'CPL'],
    noChannel: '(no channel)',
    deals: 'Deals won',
    dealsHead: ['Deal', 'Amount', 'Closed', 'Channel', 'Owner'],
    noDeals: 'No deal won this week.',
    breaches: 'SLA breaches still open at the week’s end',
    breachCount: (n: number) =>
      n === 0 ? 'No breached clock is open.' : `${n} clock(s) past due and not met.`,
    breachesHead: ['Lead', 'Owner', 'Clock', 'Due'],
    clocks: { first_touch: 'First touch', attempts: 'Attempts', decision: 'Decision' } as Record<
      string,
      string
    >,
    more: (n: number) => `… and ${n} more.`,
    footer: 'Each metric’s definition: docs/kpis.md or GET /api/v1/kpis/glossary.',
  },
} satisfies Record<Lang, unknown>;
