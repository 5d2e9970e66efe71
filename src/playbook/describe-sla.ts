import { CLOCK_KINDS, type SlaPolicy } from '../sla/sla-policy-schema.ts';
import { formatNumber, formatPercent, joinWords } from './describe-rule.ts';
import type { Block } from './document-blocks.ts';
import type { Lang } from './localized-text.ts';
import { SLA_LABELS } from './sla-labels.ts';

/**
 * Business minutes as people say them: whole hours from two hours up, minutes below
 * (so the usual "60 minutos" of a first-touch SLA stays as written).
 *
 * @example formatBusinessMinutes(120, 'pt-BR') // '2 horas úteis'
 * @example formatBusinessMinutes(60, 'en') // '60 business minutes'
 */
export function formatBusinessMinutes(minutes: number, lang: Lang): string {
  const t = SLA_LABELS[lang];
  if (minutes >= 120 && minutes % 60 === 0) {
    return t.businessHours(minutes / 60, formatNumber(minutes / 60, lang));
  }
  return t.businessMinutes(minutes, formatNumber(minutes, lang));
}

/**
 * The SLA both ways as blocks: Sales' three deadlines with their warnings, what a missed
 * deadline triggers, and Marketing's monthly commitment.
 *
 * @example slaBlocks(slaPolicySchema.parse({}), 'en')[3] // { kind: 'list', items: ['First touch within 60 business minutes of assignment, …', …] }
 */
export function slaBlocks(sla: SlaPolicy, lang: Lang): Block[] {
  const t = SLA_LABELS[lang];
  const { firstTouch, attempts, decision, escalation, marketing } = sla;
  const days = (n: number) => t.businessDays(n, formatNumber(n, lang));
  // The clock's own rule: a warning of null or 0 minutes is no warning.
  const warning = (minutes: number | null) =>
    minutes ? t.warnBefore(formatBusinessMinutes(minutes, lang)) : t.noWarning;
  const channels = [...new Set(attempts.channels)].map((channel) => t.channels[channel]);
  // In the order the clocks run, whatever order the playbook lists them in.
  const reassignOn = CLOCK_KINDS.filter((kind) => escalation.reassignOn.includes(kind));
  const { mqlsPerMonth, minAcceptanceRate } = marketing;
  return [
    { kind: 'heading', level: 2, text: t.heading },
    { kind: 'paragraph', text: t.intro },
    { kind: 'heading', level: 3, text: t.sales },
    {
      kind: 'list',
      items: [
        t.firstTouch(
          formatBusinessMinutes(firstTouch.businessMinutes, lang),
          warning(firstTouch.warnBeforeMinutes),
        ),
        t.attempts(
          attempts.count,
          formatNumber(attempts.count, lang),
          joinWords(channels, lang),
          days(attempts.withinBusinessDays),
          warning(attempts.warnBeforeMinutes),
        ),
        t.decision(days(decision.businessDays), warning(decision.warnBeforeMinutes)),
      ],
    },
    { kind: 'heading', level: 3, text: t.escalation },
    {
      kind: 'list',
      items: [
        escalation.notifyManager ? t.notifyManagers : t.notifyOwnerOnly,
        // `reassignAfterBreach` is the switch; `reassignOn` only says which clocks it covers.
        escalation.reassignAfterBreach && reassignOn.length > 0
          ? t.reassign(
              joinWords(
                reassignOn.map((kind) => t.clocks[kind]),
                lang,
              ),
            )
          : t.noReassign,
      ],
    },
    { kind: 'heading', level: 3, text: t.marketing },
    {
      kind: 'list',
      items: [
        mqlsPerMonth === null
          ? t.noMqlsPerMonth
          : t.mqlsPerMonth(mqlsPerMonth, formatNumber(mqlsPerMonth, lang)),
        minAcceptanceRate === null
          ? t.noMinAcceptanceRate
          : t.minAcceptanceRate(formatPercent(minAcceptanceRate, lang)),
      ],
    },
  ];
}
