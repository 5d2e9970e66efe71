import { zoneClock } from '../kernel/zone-clock.ts';
import type { Touch } from '../leads/lead.ts';
import type { DealDraft } from '../revenue/deal-draft.ts';
import type { ImportRecord } from '../revenue/imports/import-record.ts';
import type { ImportedLead } from '../revenue/imports/imported-lead.ts';
import { addDays } from '../sla/local-date.ts';

/**
 * Moves an instant by whole local days, keeping its wall-clock time in `timeZone`: a
 * first contact on 2017-10-20 (a local date) stays a local midnight years later, even
 * though São Paulo kept summer time then and does not now. A fixed offset in ms would
 * land such dates at 23:00 the day before.
 *
 * @example shiftInstant(Date.parse('2018-02-01T00:00:00-02:00'), 365, 'America/Sao_Paulo') // 2019-02-01T00:00:00-02:00
 */
export function shiftInstant(at: number, days: number, timeZone: string): number {
  const clock = zoneClock(timeZone);
  const date = clock.localDateOf(at);
  const intoDay = at - clock.toEpoch(date);
  return clock.toEpoch(addDays(date, days)) + intoDay;
}

/**
 * An imported row with every date it carries moved by `days` local days: the lead's
 * creation, touches, consent and dated stages, and its deal's opening and close. The demo
 * uses it to bring a years-old export (Olist, 2017–2018) up to the present.
 *
 * @example shiftImportRecord(record, 3093, 'America/Sao_Paulo').lead.createdAt
 */
export function shiftImportRecord(record: ImportRecord, days: number, timeZone: string): ImportRecord {
  const shift = (at: number) => shiftInstant(at, days, timeZone);
  const touch = (t: Touch | undefined) => (t ? { ...t, at: shift(t.at) } : undefined);
  const lead: ImportedLead = { ...record.lead };
  if (lead.createdAt !== undefined) {
    lead.createdAt = shift(lead.createdAt);
  }
  if (lead.firstTouch) {
    lead.firstTouch = touch(lead.firstTouch) as Touch;
  }
  if (lead.lastTouch) {
    lead.lastTouch = touch(lead.lastTouch) as Touch;
  }
  if (lead.consent?.givenAt !== undefined) {
    lead.consent = { ...lead.consent, givenAt: shift(lead.consent.givenAt) };
  }
  if (lead.stages) {
    lead.stages = lead.stages.map((s) => ({ ...s, at: shift(s.at) }));
  }
  if (!record.deal) {
    return { ...record, lead };
  }
  const deal: DealDraft = { ...record.deal };
  if (deal.createdAt !== undefined) {
    deal.createdAt = shift(deal.createdAt);
  }
  if (deal.closedAt !== undefined) {
    deal.closedAt = shift(deal.closedAt);
  }
  return { ...record, lead, deal };
}
