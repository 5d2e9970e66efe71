import type { LocalizedText } from '../playbook/localized-text.ts';
import { KPI_GLOSSARY, type KpiUnit } from './glossary.ts';
import { KPI_RULES, REPORT_RULES } from './glossary-rules.ts';

const UNIT_WORDS: Record<KpiUnit, string> = {
  count: 'count · contagem',
  money: 'money · dinheiro',
  rate: 'rate 0–1 · taxa 0–1',
  ratio: 'ratio · razão',
  days: 'calendar days · dias corridos',
  minutes: 'business minutes · minutos úteis',
};

/**
 * `docs/kpis.md`: the glossary in English and Portuguese, generated from `KPI_GLOSSARY`
 * and `KPI_RULES` (our own text, so code spans stay code spans). Regenerate with
 * `npx vitest run src/kpi/glossary.test.ts -u`.
 */
export function renderGlossaryMarkdown(): string {
  const lines = [
    '# KPIs: the shared glossary · Glossário de KPIs',
    '',
    '<!-- Generated from src/kpi/glossary*.ts by src/kpi/glossary.test.ts (`npx vitest run src/kpi/glossary.test.ts -u`): edit the code, not this file. -->',
    '',
    'Every number Bastão shows — in the API (`GET /api/v1/kpis`, `GET /api/v1/kpis/glossary`), the CLI (`bastao kpis`, `bastao report weekly`) and the UI — follows these definitions, so marketing and sales argue about the funnel, not about arithmetic.',
    '',
    '> **pt-BR** — Todo número que o Bastão mostra (API, CLI e interface) segue estas definições, para que marketing e vendas discutam o funil e não a conta.',
    '',
    '```bash',
    'npx bastao kpis --from 2018-01-01 --to 2018-07-01 --by channel --json',
    'curl -s -H "Authorization: Bearer $TOKEN" "$API/kpis?from=2018-01-01&to=2018-07-01&by=month"',
    '```',
    '',
    'The answer is `{ "from", "to", "asOf", "timeZone", "by", "currency", "totals": { … }, "groups": [ { "key", … } ], "ignored" }`; `by` is one of `channel`, `campaign`, `owner`, `month` and, in the API, `week`. The leads behind a count (`leads`, `mqls`, `sqls`, `opportunities`, `customers`), in total or in one group: `GET /api/v1/kpis/leads?from=&to=&metric=mqls&by=channel&key=paid_search` (without `key`, the `null` group), page by page with `cursor`.',
    '',
    '## Rules every metric follows · Regras de todas as métricas',
    '',
    ...KPI_RULES.flatMap(ruleLines),
    '## Metrics · Métricas',
    '',
    '| Metric | English | Português | Unit |',
    '| --- | --- | --- | --- |',
    ...KPI_GLOSSARY.map(
      (k) =>
        `| [\`${k.name}\`](#${k.name.toLowerCase()}) | ${k.label.en} | ${k.label['pt-BR']} | ${UNIT_WORDS[k.unit]} |`,
    ),
    '',
    ...KPI_GLOSSARY.flatMap((k) => [
      `### ${k.name}`,
      '',
      `**${k.label.en}** · **${k.label['pt-BR']}** — ${UNIT_WORDS[k.unit]}`,
      '',
      k.definition.en,
      '',
      `*pt-BR:* ${k.definition['pt-BR']}`,
      '',
    ]),
    '## Reports · Relatórios',
    '',
    '`GET /api/v1/reports/feedback?from=&to=&asOf=` and `GET /api/v1/reports/weekly?week=YYYY-Www&format=json|md|html&lang=pt-BR|en` (`bastao report weekly`). Example: [a week of the Olist data set](examples/weekly-review-2018-W10.pt-BR.md) ([English](examples/weekly-review-2018-W10.en.md), [printable HTML](examples/weekly-review-2018-W10.pt-BR.html)).',
    '',
    ...REPORT_RULES.flatMap(ruleLines),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

const ruleLines = (rule: { title: LocalizedText; text: LocalizedText }): string[] => [
  `### ${rule.title.en} · ${rule.title['pt-BR']}`,
  '',
  rule.text.en,
  '',
  `*pt-BR:* ${rule.text['pt-BR']}`,
  '',
];
