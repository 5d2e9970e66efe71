import type { KpiDefinition } from './kpi-names.ts';

/** Deals, costs and the ratios between them. */
export const MONEY_DEFINITIONS: readonly KpiDefinition[] = [
  {
    name: 'wonDeals',
    unit: 'count',
    label: { 'pt-BR': 'Negócios ganhos', en: 'Deals won' },
    definition: {
      'pt-BR': 'Negócios com status `won` fechados (`closedAt`) no período.',
      en: 'Deals with status `won` closed (`closedAt`) in the period.',
    },
  },
  {
    name: 'revenue',
    unit: 'money',
    label: { 'pt-BR': 'Receita', en: 'Revenue' },
    definition: {
      'pt-BR': 'A soma dos valores dos negócios ganhos fechados no período.',
      en: 'The sum of the amounts of the deals won (closed) in the period.',
    },
  },
  {
    name: 'cost',
    unit: 'money',
    label: { 'pt-BR': 'Custo', en: 'Cost' },
    definition: {
      'pt-BR':
        'Os custos mensais por canal e campanha, proporcionais aos dias corridos de cada mês dentro do período (um custo de R$ 3.100 em março conta R$ 700 num período de 7 dias de março). Custos sem leads também contam. Nulo quando nenhum custo foi lançado para o período (ou o grupo): desconhecido, não zero.',
      en: 'The monthly costs per channel and campaign, prorated by the calendar days of each month inside the period (a cost of R$ 3,100 in March counts R$ 700 in a 7-day period of March). Costs without leads count too. Null when no cost was recorded for the period (or the group): unknown, not zero.',
    },
  },
  {
    name: 'cpl',
    unit: 'money',
    label: { 'pt-BR': 'Custo por lead (CPL)', en: 'Cost per lead (CPL)' },
    definition: {
      'pt-BR': '`cost` ÷ `leads`. Nulo sem leads ou sem custo lançado.',
      en: '`cost` ÷ `leads`. Null without leads or without a recorded cost.',
    },
  },
  {
    name: 'costPerMql',
    unit: 'money',
    label: { 'pt-BR': 'Custo por MQL', en: 'Cost per MQL' },
    definition: {
      'pt-BR': '`cost` ÷ `mqls`. Nulo sem MQLs ou sem custo lançado.',
      en: '`cost` ÷ `mqls`. Null without MQLs or without a recorded cost.',
    },
  },
  {
    name: 'cac',
    unit: 'money',
    label: { 'pt-BR': 'Custo de aquisição de cliente (CAC)', en: 'Customer acquisition cost (CAC)' },
    definition: {
      'pt-BR':
        '`cost` ÷ `customers` (clientes novos do período). Nulo sem clientes novos ou sem custo lançado.',
      en: '`cost` ÷ `customers` (the period’s new customers). Null without new customers or without a recorded cost.',
    },
  },
  {
    name: 'averageDealValue',
    unit: 'money',
    label: { 'pt-BR': 'Ticket médio', en: 'Average deal value' },
    definition: {
      'pt-BR': '`revenue` ÷ `wonDeals`. Nulo sem negócios ganhos.',
      en: '`revenue` ÷ `wonDeals`. Null without won deals.',
    },
  },
  {
    name: 'winRate',
    unit: 'rate',
    label: { 'pt-BR': 'Taxa de ganho', en: 'Win rate' },
    definition: {
      'pt-BR':
        'Ganhos ÷ (ganhos + perdidos), entre os negócios fechados no período. Negócios abertos não entram.',
      en: 'Won ÷ (won + lost), among the deals closed in the period. Open deals do not count.',
    },
  },
  {
    name: 'ltv',
    unit: 'money',
    label: { 'pt-BR': 'Valor do cliente no tempo (LTV)', en: 'Lifetime value (LTV)' },
    definition: {
      'pt-BR':
        '`averageDealValue` × `money.grossMargin` × `money.expectedLifetimeMonths` do playbook: o valor de um negócio é lido como a receita mensal recorrente do cliente. Nulo sem negócios ganhos ou sem essas premissas no playbook.',
      en: '`averageDealValue` × the playbook’s `money.grossMargin` × `money.expectedLifetimeMonths`: a deal’s amount is read as the customer’s monthly recurring revenue. Null without won deals or without those assumptions in the playbook.',
    },
  },
  {
    name: 'ltvToCac',
    unit: 'ratio',
    label: { 'pt-BR': 'LTV ÷ CAC', en: 'LTV to CAC' },
    definition: {
      'pt-BR': '`ltv` ÷ `cac`. Nulo quando um deles é nulo ou o CAC é zero.',
      en: '`ltv` ÷ `cac`. Null when either is null or CAC is zero.',
    },
  },
  {
    name: 'roi',
    unit: 'rate',
    label: { 'pt-BR': 'Retorno sobre o investimento (ROI)', en: 'Return on investment (ROI)' },
    definition: {
      'pt-BR':
        '(`revenue` − `cost`) ÷ `cost`, sobre a receita bruta (sem margem). Pode ser negativo ou passar de 1 (100%). Nulo sem custo (ou custo zero).',
      en: '(`revenue` − `cost`) ÷ `cost`, on gross revenue (no margin applied). May be negative or above 1 (100%). Null without a cost (or a cost of zero).',
    },
  },
];
