import { STAGES } from '../leads/lead.ts';
import { cadenceBlocks } from './describe-cadence.ts';
import { calendarBlocks } from './describe-calendar.ts';
import { moneyBlocks } from './describe-money.ts';
import { routingBlocks } from './describe-routing.ts';
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
import { slaBlocks } from './describe-sla.ts';
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

/**
 * The written agreement as blocks: title, stages, ICP, fit, grades, engagement, decay,
 * MQL rule, nurture, rejection reasons, then the relay: routing, the SLA both ways, the
 * cadence, the business calendar those deadlines count in, money assumptions; signatures.
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
    ...routingBlocks(playbook.routing, lang),
    ...slaBlocks(playbook.sla, lang),
    ...cadenceBlocks(playbook.cadence, lang),
    ...calendarBlocks(playbook.calendar, lang),
    ...moneyBlocks(playbook.money, lang),
    { kind: 'heading', level: 2, text: t.signatures },
    { kind: 'signatures', parties: [t.marketing, t.sales], lines: t.signatureLines },
  );
  return blocks;
}

/** When a version was made, in the business calendar's time zone (validated by the schema). */
function formatDate(ms: number, lang: Lang, playbook: Playbook): string {
  return new Intl.DateTimeFormat(lang, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: playbook.calendar.timeZone,
  }).format(ms);
}
