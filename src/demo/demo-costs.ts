import { zoneClock } from '../kernel/zone-clock.ts';
import type { CostDraft } from '../revenue/upsert-cost.ts';
import type { DemoRandom } from './demo-random.ts';

/**
 * What a lead costs on each channel, in BRL (B2B Brazil orders of size): media on the paid
 * ones, the tool on e-mail, the bonus on referrals, content and SEO on organic search.
 */
const COST_PER_LEAD: Record<string, number> = {
  paid_search: 260,
  paid_social: 200,
  social: 170,
  display: 380,
  email: 40,
  other_publicities: 320,
  referral: 300,
  organic_search: 60,
};
/** Content and SEO cost at least this much a month, however few leads they bring. */
const ORGANIC_MINIMUM = 8_000;

/**
 * Marketing spend per month and channel for the months that overlap the last year (the
 * current month included), from how many leads each channel brought that month, so that
 * CPL, CAC and ROI come out in realistic ranges. Channels without spend (direct, unknown)
 * have no row; organic search has one every month.
 *
 * @example demoCosts(random, [{ at: now, channel: 'paid_search' }], { now, timeZone })
 * // [{ month: '2026-11', channel: 'paid_search', campaign: null, amountCents: 27_040, currency: 'BRL' }, …]
 */
export function demoCosts(
  random: DemoRandom,
  leads: readonly { at: number; channel: string | null }[],
  options: { now: number; timeZone: string },
): CostDraft[] {
  const clock = zoneClock(options.timeZone);
  const monthOf = (at: number) => clock.localDateOf(at).slice(0, 7);
  const months = monthsBetween(monthOf(options.now - 365 * 86_400_000), monthOf(options.now));
  const counts = new Map<string, number>();
  for (const lead of leads) {
    if (lead.channel !== null && lead.channel in COST_PER_LEAD) {
      const key = `${monthOf(lead.at)}|${lead.channel}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const costs: CostDraft[] = [];
  const add = (month: string, channel: string, reais: number) =>
    costs.push({ month, channel, campaign: null, amountCents: Math.round(reais * 100), currency: 'BRL' });
  for (const month of months) {
    for (const [channel, perLead] of Object.entries(COST_PER_LEAD)) {
      const count = counts.get(`${month}|${channel}`) ?? 0;
      const floor = channel === 'organic_search' ? ORGANIC_MINIMUM : 0;
      if (count > 0 || floor > 0) {
        add(month, channel, Math.max(floor, count * perLead) * random.between(0.85, 1.2));
      }
    }
  }
  return costs;
}

/** `YYYY-MM` months from `first` to `last`, both included. */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let label = first; label <= last; ) {
    months.push(label);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    label = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}
