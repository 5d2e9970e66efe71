import type { LocalizedText } from '../playbook/localized-text.ts';
import { cohortOutcome } from './cohort-outcome.ts';
import type { LeadFacts } from './kpi-facts.ts';
import type { DecisionCount } from './kpi-store.ts';

/** Fit points are read in bands this wide (the grades are coarser: is the model right inside them?). */
export const FIT_BAND_POINTS = 20;

export interface ConversionRow {
  key: string | null;
  mqls: number;
  reachedSql: number;
  reachedCustomer: number;
  mqlToSqlRate: number | null;
  mqlToCustomerRate: number | null;
}

export interface FeedbackReport {
  /** Rejections by reason, most frequent first, with the playbook's label when it has one. */
  rejectionsByReason: {
    reasonCode: string | null;
    label: LocalizedText | null;
    count: number;
    share: number;
  }[];
  /** Rejections by the lead's channel and campaign when sales decided, and reason. */
  rejectionsBySource: {
    channel: string | null;
    campaign: string | null;
    reasonCode: string | null;
    count: number;
  }[];
  acceptanceByChannel: {
    channel: string | null;
    accepted: number;
    rejected: number;
    acceptanceRate: number | null;
  }[];
  /** The period's MQL cohort by current fit grade and by fit points band: did better scores convert better? */
  conversionByGrade: ConversionRow[];
  conversionByFitBand: ConversionRow[];
  objections: { objection: string; count: number }[];
}

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const byCountThenKey =
  <T extends { count: number }>(key: (row: T) => string) =>
  (a: T, b: T) =>
    b.count - a.count || key(a).localeCompare(key(b));

/**
 * The fit band of a score: `0–19`, `20–39`, …; below zero `<0`; unscored null.
 *
 * @example fitBand(45) // '40–59'
 */
export function fitBand(fit: number | null): string | null {
  if (fit === null) {
    return null;
  }
  if (fit < 0) {
    return '<0';
  }
  const low = Math.floor(fit / FIT_BAND_POINTS) * FIT_BAND_POINTS;
  return `${low}–${low + FIT_BAND_POINTS - 1}`;
}

/** Conversion of the MQL cohort by a key of the lead; keys sorted, null last. */
export class CohortConversion {
  private readonly rows = new Map<string | null, ConversionRow>();

  constructor(
    private readonly keyOf: (lead: LeadFacts) => string | null,
    private readonly period: { from: number; to: number },
    private readonly asOf: number,
  ) {}

  add(lead: LeadFacts): void {
    const outcome = cohortOutcome(lead, this.period, this.asOf);
    if (!outcome.isCohort) {
      return;
    }
    const key = this.keyOf(lead);
    const row = this.rows.get(key) ?? {
      key,
      mqls: 0,
      reachedSql: 0,
      reachedCustomer: 0,
      mqlToSqlRate: null,
      mqlToCustomerRate: null,
    };
    row.mqls += 1;
    row.reachedSql += outcome.reachedSql ? 1 : 0;
    row.reachedCustomer += outcome.reachedCustomer ? 1 : 0;
    this.rows.set(key, row);
  }

  result(): ConversionRow[] {
    return [...this.rows.values()]
      .map((r) => ({
        ...r,
        mqlToSqlRate: rate(r.reachedSql, r.mqls),
        mqlToCustomerRate: rate(r.reachedCustomer, r.mqls),
      }))
      .sort((a, b) =>
        a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key, 'en', { numeric: true }),
      );
  }
}

/**
 * Sales' decisions as feedback to marketing: rejection reasons overall and by source, and
 * acceptance by channel.
 *
 * @example decisionFeedback(counts, reasons).acceptanceByChannel[0] // { channel: 'paid_search', accepted: 6, rejected: 2, acceptanceRate: 0.75 }
 */
export function decisionFeedback(
  counts: readonly DecisionCount[],
  reasons: readonly { code: string; label: LocalizedText }[],
): Pick<FeedbackReport, 'rejectionsByReason' | 'rejectionsBySource' | 'acceptanceByChannel'> {
  const rejections = counts.filter((c) => c.decision === 'reject');
  const totalRejected = rejections.reduce((sum, c) => sum + c.count, 0);
  const byReason = new Map<string | null, number>();
  const byChannel = new Map<string | null, { accepted: number; rejected: number }>();
  for (const c of counts) {
    const channel = byChannel.get(c.channel) ?? { accepted: 0, rejected: 0 };
    channel[c.decision === 'accept' ? 'accepted' : 'rejected'] += c.count;
    byChannel.set(c.channel, channel);
    if (c.decision === 'reject') {
      byReason.set(c.reasonCode, (byReason.get(c.reasonCode) ?? 0) + c.count);
    }
  }
  return {
    rejectionsByReason: [...byReason.entries()]
      .map(([reasonCode, count]) => ({
        reasonCode,
        label: reasons.find((r) => r.code === reasonCode)?.label ?? null,
        count,
        share: count / totalRejected,
      }))
      .sort(byCountThenKey((r) => r.reasonCode ?? '')),
    rejectionsBySource: rejections
      .map(({ channel, campaign, reasonCode, count }) => ({ channel, campaign, reasonCode, count }))
      .sort(byCountThenKey((r) => `${r.channel}/${r.campaign}/${r.reasonCode}`)),
    acceptanceByChannel: [...byChannel.entries()]
      .map(([channel, { accepted, rejected }]) => ({
        channel,
        accepted,
        rejected,
        acceptanceRate: rate(accepted, accepted + rejected),
      }))
      .sort(
        (a, b) =>
          b.accepted + b.rejected - (a.accepted + a.rejected) ||
          String(a.channel).localeCompare(String(b.channel)),
      ),
  };
}

/**
 * Objections as reps typed them, merged when they differ only in case and spaces
 * ("Preço", " preço"), under the most frequent spelling; most frequent first.
 *
 * @example mergeObjections([{ objection: 'Preço', count: 2 }, { objection: 'preço ', count: 1 }]) // [{ objection: 'Preço', count: 3 }]
 */
export function mergeObjections(
  rows: readonly { objection: string; count: number }[],
): { objection: string; count: number }[] {
  const merged = new Map<string, { objection: string; count: number; best: number }>();
  for (const row of rows) {
    const text = row.objection.trim().replace(/\s+/g, ' ');
    if (text === '') {
      continue;
    }
    const key = text.toLocaleLowerCase('pt-BR');
    const entry = merged.get(key) ?? { objection: text, count: 0, best: 0 };
    entry.count += row.count;
    if (row.count > entry.best || (row.count === entry.best && text < entry.objection)) {
      entry.objection = text;
      entry.best = row.count;
    }
    merged.set(key, entry);
  }
  return [...merged.values()]
    .map(({ objection, count }) => ({ objection, count }))
    .sort(byCountThenKey((r) => r.objection));
}
