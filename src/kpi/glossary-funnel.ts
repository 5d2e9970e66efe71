import type { KpiDefinition } from './kpi-names.ts';

/** Volumes, cohort conversion, cycle, speed to lead and marketing's commitment. */
export const FUNNEL_DEFINITIONS: readonly KpiDefinition[] = [
  {
    name: 'leads',
    unit: 'count',
    label: { 'pt-BR': 'Leads', en: 'Leads' },
    definition: {
      'pt-BR':
        'Leads criados no período (a data em que o lead apareceu pela primeira vez; importações mantêm a data histórica). Um lead mesclado conta uma vez, no sobrevivente.',
      en: 'Leads created in the period (when the lead was first seen; imports keep the historical date). A merged lead counts once, as the survivor.',
    },
  },
  {
    name: 'mqls',
    unit: 'count',
    label: { 'pt-BR': 'MQLs', en: 'MQLs' },
    definition: {
      'pt-BR':
        'Leads cuja primeira transição para `mql` cai no período. Uma requalificação vinda de nutrição não conta de novo. Esses leads são a coorte do período, base das taxas de conversão e do ciclo.',
      en: 'Leads whose first transition to `mql` falls in the period. A re-qualification from nurture does not count again. These leads are the period’s cohort, the base of the conversion rates and of the cycle.',
    },
  },
  {
    name: 'sqls',
    unit: 'count',
    label: { 'pt-BR': 'SQLs', en: 'SQLs' },
    definition: {
      'pt-BR': 'Leads cuja primeira transição para `sql` (aceite de vendas) cai no período.',
      en: 'Leads whose first transition to `sql` (sales accepted them) falls in the period.',
    },
  },
  {
    name: 'opportunities',
    unit: 'count',
    label: { 'pt-BR': 'Oportunidades', en: 'Opportunities' },
    definition: {
      'pt-BR': 'Leads cuja primeira transição para `opportunity` cai no período.',
      en: 'Leads whose first transition to `opportunity` falls in the period.',
    },
  },
  {
    name: 'customers',
    unit: 'count',
    label: { 'pt-BR': 'Clientes novos', en: 'New customers' },
    definition: {
      'pt-BR': 'Leads cuja primeira transição para `customer` cai no período.',
      en: 'Leads whose first transition to `customer` falls in the period.',
    },
  },
  {
    name: 'mqlToSqlRate',
    unit: 'rate',
    label: { 'pt-BR': 'Conversão MQL → SQL', en: 'MQL → SQL conversion' },
    definition: {
      'pt-BR':
        'Da coorte (os `mqls` do período), a fração que chegou a SQL antes de `asOf`. Um negócio pode pular etapas: chegar a oportunidade ou cliente, ou ganhar um negócio, sem passar por `sql` também conta como chegar a SQL. Nulo sem MQLs.',
      en: 'Of the cohort (the period’s `mqls`), the share that reached SQL before `asOf`. Deals may skip stages: reaching opportunity or customer, or winning a deal, without an `sql` transition also counts as reaching SQL. Null without MQLs.',
    },
  },
  {
    name: 'mqlToCustomerRate',
    unit: 'rate',
    label: { 'pt-BR': 'Conversão MQL → cliente', en: 'MQL → customer conversion' },
    definition: {
      'pt-BR':
        'Da coorte, a fração que virou cliente antes de `asOf` (transição para `customer` ou negócio ganho). Nulo sem MQLs.',
      en: 'Of the cohort, the share that became a customer before `asOf` (a transition to `customer` or a won deal). Null without MQLs.',
    },
  },
  {
    name: 'medianCycleDays',
    unit: 'days',
    label: { 'pt-BR': 'Ciclo de vendas (mediana)', en: 'Sales cycle (median)' },
    definition: {
      'pt-BR':
        'Sobre os clientes da coorte (antes de `asOf`): dias corridos inteiros entre a data local do primeiro `mql` e a data local do primeiro negócio ganho (sem negócio registrado, a primeira transição para `customer`). Um negócio ganho antes da data do MQL conta 0 dia. Nulo sem clientes na coorte.',
      en: 'Over the cohort’s customers (before `asOf`): whole calendar days between the local date of the first `mql` and the local date of the first won deal (without a recorded deal, the first transition to `customer`). A deal won before the MQL date counts as 0 days. Null when the cohort has no customer.',
    },
  },
  {
    name: 'meanCycleDays',
    unit: 'days',
    label: { 'pt-BR': 'Ciclo de vendas (média)', en: 'Sales cycle (mean)' },
    definition: {
      'pt-BR': 'A média dos mesmos dias de ciclo de `medianCycleDays`.',
      en: 'The mean of the same cycle days as `medianCycleDays`.',
    },
  },
  {
    name: 'speedToLeadMedianMinutes',
    unit: 'minutes',
    label: { 'pt-BR': 'Velocidade de atendimento (mediana)', en: 'Speed to lead (median)' },
    definition: {
      'pt-BR':
        'Minutos úteis (calendário do playbook) da atribuição ao primeiro contato, medidos nos relógios de primeiro contato iniciados no período e cumpridos antes de `asOf`. Leads ainda sem contato ficam de fora (veja `firstTouchSlaCompliance`). Histórico importado não tem relógios.',
      en: 'Business minutes (the playbook’s calendar) from assignment to the first activity, measured on the first-touch clocks started in the period and met before `asOf`. Leads not touched yet are left out (see `firstTouchSlaCompliance`). Imported history has no clocks.',
    },
  },
  {
    name: 'speedToLeadP90Minutes',
    unit: 'minutes',
    label: { 'pt-BR': 'Velocidade de atendimento (p90)', en: 'Speed to lead (p90)' },
    definition: {
      'pt-BR':
        'O percentil 90 dos mesmos minutos, pelo posto mais próximo: o valor na posição ⌈0,9 × n⌉ da lista ordenada.',
      en: 'The 90th percentile of the same minutes, by nearest rank: the value at position ⌈0.9 × n⌉ of the sorted list.',
    },
  },
  {
    name: 'firstTouchSlaCompliance',
    unit: 'rate',
    label: { 'pt-BR': 'SLA de primeiro contato cumprido', en: 'First-touch SLA compliance' },
    definition: {
      'pt-BR':
        'Dos relógios de primeiro contato iniciados no período com desfecho conhecido em `asOf`, a fração cumprida até o prazo. Conhecido: cumprido (no prazo ou atrasado) ou vencido sem contato; um relógio parado antes do prazo (lead reatribuído ou decidido) e um relógio ainda correndo ficam de fora.',
      en: 'Of the first-touch clocks started in the period whose outcome is known at `asOf`, the share met by the due time. Known: met (in time or late) or past due without a touch; a clock stopped before its due time (the lead was reassigned or decided) and a clock still running are left out.',
    },
  },
  {
    name: 'mqlCommitment',
    unit: 'count',
    label: { 'pt-BR': 'Compromisso de MQLs', en: 'MQL commitment' },
    definition: {
      'pt-BR':
        '`sla.marketing.mqlsPerMonth` do playbook, proporcional aos dias corridos de cada mês dentro do período (80 por mês dão 20 em 7 dias de um mês de 28). Por mês ou semana, a parte daquele mês ou semana (nulo para um fora do período); nulo sem compromisso e nos grupos por canal, campanha e dono (o compromisso não é dividido).',
      en: 'The playbook’s `sla.marketing.mqlsPerMonth`, prorated by the calendar days of each month inside the period (80 a month is 20 for 7 days of a 28-day month). By month or week, that month’s or week’s share (null for one outside the period); null without a commitment and in channel, campaign and owner groups (the commitment is not split).',
    },
  },
  {
    name: 'mqlCommitmentAttainment',
    unit: 'rate',
    label: { 'pt-BR': 'Compromisso de MQLs atingido', en: 'MQL commitment attainment' },
    definition: {
      'pt-BR': '`mqls` ÷ `mqlCommitment`; acima de 1 quando o marketing entregou mais que o combinado.',
      en: '`mqls` ÷ `mqlCommitment`; above 1 when marketing delivered more than agreed.',
    },
  },
];
