import { STAGES } from '../leads/lead.ts';
import {
  describeDecay,
  describeEngagementCount,
  describeEngagementWhen,
  describeField,
  describeMqlCondition,
  describeOperand,
  formatAmount,
  formatNumber,
  formatPoints,
} from './describe-rule.ts';
import type { Block } from './document-blocks.ts';
import { type Lang, labelIn } from './localized-text.ts';
import { PLAYBOOK_LABELS } from './playbook-labels.ts';
import type { Playbook } from './playbook-schema.ts';

export interface PlaybookVersionInfo {
  number: number;
  createdAt: number;
  createdBy: string;
  note: string | null;
}

const LATER_SECTIONS = ['routing', 'sla', 'calendar', 'cadence', 'money'] as const;

/**
 * The written agreement as blocks: title, stages, ICP, fit, grades, engagement, decay,
 * MQL rule, nurture, rejection reasons, the sections later versions fill, signatures.
 *
 * @example playbookDocument(defaultPlaybook(), 'en')[0] // { kind: 'title', text: 'Marketing and Sales agreement: …' }
 */
export function playbookDocument(playbook: Playbook, lang: Lang, version?: PlaybookVersionInfo): Block[] {
  const t = PLAYBOOK_LABELS[lang];
  const ruleName = (rule: { id: string; label?: Parameters<typeof labelIn>[0] }) =>
    labelIn(rule.label, lang) ?? rule.id;
  const blocks: Block[] = [{ kind: 'title', text: `${t.title}: ${playbook.name}` }];
  if (version) {
    blocks.push({
      kind: 'paragraph',
      text: t.version(version.number, formatDate(version.createdAt, lang, playbook), version.createdBy),
    });
    if (version.note) {
      blocks.push({ kind: 'paragraph', text: `${t.note}: ${version.note}` });
    }
  }
  if (playbook.description) {
    blocks.push({ kind: 'paragraph', text: playbook.description });
  }
  blocks.push(
    { kind: 'paragraph', text: t.intro },
    { kind: 'heading', level: 2, text: t.stages },
    {
      kind: 'table',
      head: [t.stage, t.code, t.definition],
      rows: STAGES.map((stage) => [
        playbook.stages[stage].label[lang],
        stage,
        playbook.stages[stage].definition[lang],
      ]),
    },
    { kind: 'heading', level: 2, text: t.icp },
    { kind: 'paragraph', text: playbook.icp[lang] },
    { kind: 'heading', level: 2, text: t.fit },
    { kind: 'paragraph', text: `${t.fitIntro} ${t.matching}` },
    {
      kind: 'table',
      head: [t.rule, t.condition, t.points],
      rows: playbook.fit.rules.map((rule) => [
        ruleName(rule),
        `${describeField(rule.field, lang)} ${describeOperand(rule, lang)}`,
        formatPoints(rule.points, lang),
      ]),
    },
    { kind: 'heading', level: 3, text: t.grades },
    {
      kind: 'list',
      items: [
        t.gradeFrom('A', formatAmount(playbook.fit.grades.A, lang)),
        t.gradeFrom('B', formatAmount(playbook.fit.grades.B, lang)),
        t.gradeFrom('C', formatAmount(playbook.fit.grades.C, lang)),
        t.gradeBelow(formatAmount(playbook.fit.grades.C, lang)),
      ],
    },
    { kind: 'heading', level: 2, text: t.engagement },
    { kind: 'paragraph', text: t.engagementIntro },
    {
      kind: 'table',
      head: [t.rule, t.condition, t.points, t.counts],
      rows: playbook.engagement.rules.map((rule) => [
        ruleName(rule),
        describeEngagementWhen(rule, lang),
        formatPoints(rule.points, lang),
        describeEngagementCount(rule, lang),
      ]),
    },
    { kind: 'paragraph', text: describeDecay(playbook.engagement.decay, lang) },
  );
  if (playbook.engagement.totalCap !== undefined) {
    blocks.push({ kind: 'paragraph', text: t.totalCap(formatAmount(playbook.engagement.totalCap, lang)) });
  }
  const coolOff = playbook.lifecycle.nurtureCoolOffDays;
  blocks.push(
    { kind: 'heading', level: 2, text: t.mql },
    { kind: 'paragraph', text: t.mqlIntro },
    {
      kind: 'list',
      items: playbook.mql.anyOf.map((condition) => {
        const label = labelIn(condition.label, lang);
        const text = describeMqlCondition(condition, lang);
        return label ? `${label}: ${text}` : text;
      }),
    },
    { kind: 'heading', level: 2, text: t.lifecycle },
    { kind: 'paragraph', text: coolOff > 0 ? t.coolOff(formatNumber(coolOff, lang)) : t.noCoolOff },
    { kind: 'heading', level: 2, text: t.rejection },
    {
      kind: 'table',
      head: [t.code, t.reason, t.sendsTo],
      rows: playbook.rejectionReasons.map((reason) => [
        reason.code,
        reason.label[lang],
        playbook.stages[reason.to].label[lang],
      ]),
    },
  );
  for (const section of LATER_SECTIONS) {
    const entries = flatten(playbook[section], lang);
    blocks.push(
      { kind: 'heading', level: 2, text: t.later[section] },
      entries.length > 0 ? { kind: 'list', items: entries } : { kind: 'paragraph', text: t.notDefined },
    );
  }
  blocks.push(
    { kind: 'heading', level: 2, text: t.signatures },
    { kind: 'signatures', parties: [t.marketing, t.sales], lines: t.signatureLines },
  );
  return blocks;
}

/** A loosely typed section as `key: value` lines (`money.grossMargin: 0,7`). */
function flatten(value: unknown, lang: Lang, prefix = ''): string[] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) =>
      flatten(inner, lang, prefix ? `${prefix}.${key}` : key),
    );
  }
  const text =
    typeof value === 'number'
      ? formatNumber(value, lang)
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  return [`${prefix}: ${text}`];
}

function formatDate(ms: number, lang: Lang, playbook: Playbook): string {
  const zone = playbook.calendar.timeZone;
  const options = { dateStyle: 'long', timeStyle: 'short' } as const;
  try {
    return new Intl.DateTimeFormat(lang, {
      ...options,
      timeZone: typeof zone === 'string' ? zone : 'America/Sao_Paulo',
    }).format(ms);
  } catch {
    // A time zone the runtime does not know (the calendar section is not validated yet).
    return new Intl.DateTimeFormat(lang, { ...options, timeZone: 'America/Sao_Paulo' }).format(ms);
  }
}
