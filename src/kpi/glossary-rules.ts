import type { LocalizedText } from '../playbook/localized-text.ts';

/** The rules every metric follows, written once beside the glossary (and in `docs/kpis.md`). */
export const KPI_RULES: readonly { title: LocalizedText; text: LocalizedText }[] = [
  {
    title: { 'pt-BR': 'Período', en: 'Period' },
    text: {
      'pt-BR':
        '`from` (incluso) e `to` (excluso) são datas locais no fuso do workspace (`BASTAO_TIME_ZONE`, padrão America/Sao_Paulo): o período vai da meia-noite local de `from` à meia-noite local de `to`, com o horário de verão de cada data (o Brasil o teve até 2019; nunca um deslocamento fixo de −03:00).',
      en: '`from` (inclusive) and `to` (exclusive) are local dates in the workspace time zone (`BASTAO_TIME_ZONE`, default America/Sao_Paulo): the period runs from local midnight of `from` to local midnight of `to`, with each date’s daylight saving time (Brazil had it until 2019; never a fixed −03:00 offset).',
    },
  },
  {
    title: { 'pt-BR': 'Data de referência (asOf)', en: 'As of (asOf)' },
    text: {
      'pt-BR':
        'Até onde olhar os desfechos da coorte, do ciclo e dos relógios de SLA: o que aconteceu antes de `asOf` conta. Padrão: agora. Uma data `YYYY-MM-DD` quer dizer o fim daquele dia local.',
      en: 'How far to look for the outcomes of the cohort, the cycle and the SLA clocks: what happened before `asOf` counts. Default: now. A date `YYYY-MM-DD` means the end of that local day.',
    },
  },
  {
    title: { 'pt-BR': 'Taxas e nulos', en: 'Rates and nulls' },
    text: {
      'pt-BR':
        'Taxas são frações de 0 a 1 (o ROI pode ficar fora). Uma métrica é nula quando não está definida: nada a dividir (sem MQLs, sem custo, sem negócios) ou sem a premissa do playbook.',
      en: 'Rates are fractions from 0 to 1 (ROI may fall outside). A metric is null when it is undefined: nothing to divide by (no MQLs, no cost, no deals) or no playbook assumption.',
    },
  },
  {
    title: { 'pt-BR': 'Dinheiro', en: 'Money' },
    text: {
      'pt-BR':
        'Em unidades da moeda do playbook (`money.currency`, padrão BRL; centavos ÷ 100), arredondado ao centavo; a resposta diz a moeda. Negócios e custos em outra moeda ficam de fora e são contados em `ignored`.',
      en: 'In units of the playbook’s currency (`money.currency`, default BRL; cents ÷ 100), rounded to the cent; the answer names the currency. Deals and costs in another currency are left out and counted in `ignored`.',
    },
  },
  {
    title: { 'pt-BR': 'Grupos', en: 'Groups' },
    text: {
      'pt-BR':
        '`channel` e `campaign`: o primeiro toque do lead. `owner`: o dono atual do lead (com o nome); nos relógios de primeiro contato, o vendedor para quem o relógio correu. `month` e `week`: o mês local (`YYYY-MM`) ou a semana ISO local (`YYYY-Www`, segunda a domingo) do primeiro `mql` do lead. Valor ausente é o grupo `null`. Custos entram no grupo do seu canal e da sua campanha (campanha vazia: `null`), no mês do custo (por semana, repartido pelos dias do mês em cada semana), e no grupo `null` por dono (custos não são de um vendedor). Um grupo onde nenhum custo caiu tem custo nulo. Negócios entram pelos grupos do seu lead.',
      en: '`channel` and `campaign`: the lead’s first touch. `owner`: the lead’s current owner (with the name); on first-touch clocks, the rep the clock ran for. `month` and `week`: the local month (`YYYY-MM`) or local ISO week (`YYYY-Www`, Monday to Sunday) of the lead’s first `mql`. A missing value is the `null` group. Costs go to the group of their channel and campaign (an empty campaign: `null`), to their own month (by week, spread over the weeks by the month’s days in each), and to the `null` group by owner (costs belong to no rep). A group where no cost landed has a null cost. Deals go to their lead’s groups.',
    },
  },
  {
    title: { 'pt-BR': 'Mediana e percentil', en: 'Median and percentile' },
    text: {
      'pt-BR':
        'Mediana: o valor do meio; com uma quantidade par, a média dos dois do meio. Percentil 90: pelo posto mais próximo, o valor na posição ⌈0,9 × n⌉ da lista ordenada (sempre um valor observado).',
      en: 'Median: the middle value; for an even count, the mean of the two middle values. 90th percentile: by nearest rank, the value at position ⌈0.9 × n⌉ of the sorted list (always an observed value).',
    },
  },
];

/** How the feedback report and the weekly review are put together. */
export const REPORT_RULES: readonly { title: LocalizedText; text: LocalizedText }[] = [
  {
    title: { 'pt-BR': 'Feedback ao marketing', en: 'Feedback to marketing' },
    text: {
      'pt-BR':
        'Decisões (aceite, rejeição com motivo) e objeções registradas no período. Canal e campanha da rejeição são os do lead quando vendas decidiu. A conversão por nota de fit e por faixa de fit (20 pontos: 0–19, 20–39, …) é a da coorte de MQLs do período, com a nota atual do lead. Objeções que diferem só em maiúsculas e espaços são somadas.',
      en: 'Decisions (accept, reject with a reason) and objections recorded in the period. A rejection’s channel and campaign are the lead’s when sales decided. Conversion by fit grade and by fit band (20 points: 0–19, 20–39, …) is the period’s MQL cohort’s, with the lead’s current score. Objections that differ only in case and spaces are added together.',
    },
  },
  {
    title: { 'pt-BR': 'Revisão semanal', en: 'Weekly review' },
    text: {
      'pt-BR':
        'Uma semana ISO (segunda a domingo) no fuso do workspace; por padrão, a última semana completa. Cada semana é medida no seu próprio fim (a semana em curso, agora), para que as quatro semanas anteriores sejam comparáveis. Velocidade e SLA por vendedor: o dono do relógio; MQLs por vendedor: o dono do lead.',
      en: 'One ISO week (Monday to Sunday) in the workspace time zone; by default the last complete week. Each week is measured as of its own end (the week in progress, as of now), so that the four previous weeks compare. Speed and SLA by rep: the clock’s owner; MQLs by rep: the lead’s owner.',
    },
  },
  {
    title: { 'pt-BR': 'As três maiores mudanças', en: 'The three biggest changes' },
    text: {
      'pt-BR':
        'Entre leads, MQLs, SQLs, clientes novos, conversão MQL → SQL, velocidade de atendimento (mediana), SLA de primeiro contato, negócios ganhos, receita, taxa de ganho e custo: as três que mais se afastaram da média das quatro semanas anteriores, em variação relativa ((semana − média) ÷ |média|), ignorando semanas nulas. Sair de uma média zero é a maior mudança; uma métrica igual à média ou sem semanas anteriores não entra.',
      en: 'Among leads, MQLs, SQLs, new customers, MQL → SQL conversion, speed to lead (median), first-touch SLA, deals won, revenue, win rate and cost: the three that moved furthest from the average of the four previous weeks, by relative change ((week − average) ÷ |average|), ignoring null weeks. Moving from an average of zero is the biggest change; a metric equal to its average or without previous weeks is left out.',
    },
  },
  {
    title: { 'pt-BR': 'Violações em aberto', en: 'Open breaches' },
    text: {
      'pt-BR':
        'Relógios de SLA (primeiro contato, tentativas, decisão) vencidos e nem cumpridos nem parados no fim da semana; os 20 mais antigos são listados, todos são contados.',
      en: 'SLA clocks (first touch, attempts, decision) past due and neither met nor stopped at the week’s end; the 20 oldest are listed, all are counted.',
    },
  },
];
