import type { Block } from '../playbook/document-blocks.ts';
import type { Lang } from '../playbook/localized-text.ts';
import { renderHtml } from '../playbook/render-html.ts';
import { renderMarkdown } from '../playbook/render-markdown.ts';
import { addDays } from '../sla/local-date.ts';
import { formatKpi } from './format-kpi.ts';
import { type KpiName, kpiDefinition } from './glossary.ts';
import { mean } from './stats.ts';
import { WEEKLY_LABELS } from './weekly-labels.ts';
import type { WeeklyReview } from './weekly-review.ts';

/** The rows of the volumes table, in order. */
const VOLUMES: readonly KpiName[] = [
  'leads',
  'mqls',
  'sqls',
  'opportunities',
  'customers',
  'wonDeals',
  'revenue',
  'cost',
  'mqlToSqlRate',
  'speedToLeadMedianMinutes',
  'firstTouchSlaCompliance',
];
const OBJECTIONS_LISTED = 5;

/**
 * The weekly review as a document: Markdown, or a standalone printable HTML page (inline
 * CSS, every text escaped), in pt-BR or English, numbers, money and dates through Intl.
 *
 * @example renderWeeklyReview(review, { format: 'md', lang: 'pt-BR' }) // '# Revisão semanal de smarketing: 2018-W10\n…'
 */
export function renderWeeklyReview(
  review: WeeklyReview,
  options: { format: 'md' | 'html'; lang: Lang },
): string {
  const blocks = weeklyBlocks(review, options.lang);
  return options.format === 'md'
    ? renderMarkdown(blocks)
    : renderHtml(blocks, { lang: options.lang, title: WEEKLY_LABELS[options.lang].title(review.week) });
}

export function weeklyBlocks(review: WeeklyReview, lang: Lang): Block[] {
  const t = WEEKLY_LABELS[lang];
  const value = (name: KpiName, v: number | null) =>
    formatKpi(v, kpiDefinition(name).unit, lang, review.currency);
  const day = (date: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      Date.parse(`${date}T12:00:00Z`),
    );
  const moment = (at: number) =>
    new Intl.DateTimeFormat(lang, {
      dateStyle: 'short',
      timeStyle: 'short',
      timeZone: review.timeZone,
    }).format(at);
  const rate = (v: number | null) => formatKpi(v, 'rate', lang, review.currency);
  const { totals } = review;
  const baseline = (name: KpiName) =>
    mean(review.previousWeeks.map((w) => w.totals[name]).filter((v): v is number => v !== null));
  const commitment = totals.mqlCommitment;
  const decided = review.acceptance.accepted + review.acceptance.rejected;
  const owner = (name: string | null | undefined, id: string | null) => name ?? id ?? t.noOwner;
  return [
    { kind: 'title', text: t.title(review.week) },
    {
      kind: 'paragraph',
      text: t.subtitle(
        day(review.fromDate),
        day(addDays(review.toDate, -1)),
        review.timeZone,
        moment(review.asOf),
      ),
    },
    { kind: 'heading', level: 2, text: t.volumes },
    {
      kind: 'paragraph',
      text:
        commitment === null
          ? t.noCommitment
          : t.commitment(
              value('mqls', totals.mqls),
              value('mqlCommitment', commitment),
              value('mqlCommitmentAttainment', totals.mqlCommitmentAttainment),
            ),
    },
    {
      kind: 'table',
      head: t.volumesHead(review.previousWeeks.length),
      rows: VOLUMES.map((name) => [
        kpiDefinition(name).label[lang],
        value(name, totals[name]),
        value(name, baseline(name)),
      ]),
    },
    { kind: 'heading', level: 2, text: t.changes },
    review.changes.length === 0
      ? { kind: 'paragraph', text: t.noChanges }
      : { kind: 'list', items: review.changes.map((c) => c.sentence[lang]) },
    { kind: 'heading', level: 2, text: t.reps },
    {
      kind: 'table',
      head: t.repsHead,
      rows: review.byOwner.map((g) => [
        owner(g.name, g.key),
        value('mqls', g.mqls),
        value('speedToLeadMedianMinutes', g.speedToLeadMedianMinutes),
        value('speedToLeadP90Minutes', g.speedToLeadP90Minutes),
        value('firstTouchSlaCompliance', g.firstTouchSlaCompliance),
      ]),
    },
    { kind: 'heading', level: 2, text: t.acceptance },
    {
      kind: 'paragraph',
      text: [
        decided === 0
          ? t.noDecisions
          : t.accepted(review.acceptance.accepted, decided, rate(review.acceptance.rate)),
        review.acceptance.minimum === null ? '' : t.minimum(rate(review.acceptance.minimum)),
      ]
        .join(' ')
        .trim(),
    },
    ...(review.rejectionsByReason.length === 0
      ? []
      : [
          {
            kind: 'table' as const,
            head: t.reasonsHead,
            rows: review.rejectionsByReason.map((r) => [
              r.label?.[lang] ?? r.reasonCode ?? '—',
              String(r.count),
              rate(r.share),
            ]),
          },
        ]),
    ...(review.objections.length === 0
      ? []
      : [
          { kind: 'heading' as const, level: 3 as const, text: t.objections },
          {
            kind: 'list' as const,
            items: review.objections.slice(0, OBJECTIONS_LISTED).map((o) => `${o.objection} (${o.count})`),
          },
        ]),
    { kind: 'heading', level: 2, text: t.conversion },
    {
      kind: 'table',
      head: t.conversionHead,
      rows: review.byChannel.map((g) => [
        g.key ?? t.noChannel,
        ...(['leads', 'mqls', 'sqls', 'customers', 'mqlToSqlRate', 'cost', 'cpl'] as const).map((name) =>
          value(name, g[name]),
        ),
      ]),
    },
    { kind: 'heading', level: 2, text: t.deals },
    review.wonDeals.length === 0
      ? { kind: 'paragraph', text: t.noDeals }
      : {
          kind: 'table',
          head: t.dealsHead,
          rows: review.wonDeals.map((d) => [
            d.name ?? d.externalId ?? d.dealId,
            formatKpi(d.amount, 'money', lang, d.currency),
            moment(d.closedAt),
            d.channel ?? t.noChannel,
            d.ownerName ?? t.noOwner,
          ]),
        },
    { kind: 'heading', level: 2, text: t.breaches },
    { kind: 'paragraph', text: t.breachCount(review.openBreaches.total) },
    ...(review.openBreaches.items.length === 0
      ? []
      : [
          {
            kind: 'table' as const,
            head: t.breachesHead,
            rows: review.openBreaches.items.map((b) => [
              b.leadName ?? b.leadEmail ?? b.leadId,
              owner(b.ownerName, b.ownerId),
              t.clocks[b.kind] ?? b.kind,
              moment(b.dueAt),
            ]),
          },
        ]),
    ...(review.openBreaches.total > review.openBreaches.items.length
      ? [
          {
            kind: 'paragraph' as const,
            text: t.more(review.openBreaches.total - review.openBreaches.items.length),
          },
        ]
      : []),
    { kind: 'paragraph', text: t.footer },
  ];
}
