import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../revenue/imports/import-record.ts';
import { shiftImportRecord, shiftInstant } from './shift-import-record.ts';

const SP = 'America/Sao_Paulo';
const at = (iso: string) => Date.parse(iso);

describe('shiftInstant', () => {
  it('keeps the wall-clock time across a summer-time change', () => {
    // 2018-02-01 was summer time in São Paulo (-02:00); 2026 has none (-03:00).
    expect(shiftInstant(at('2018-02-01T00:00:00-02:00'), 3287, SP)).toBe(at('2027-02-01T00:00:00-03:00'));
    expect(shiftInstant(at('2018-02-26T19:58:54-03:00'), 1, SP)).toBe(at('2018-02-27T19:58:54-03:00'));
  });

  it('keeps a date that began an hour late (summer time began at midnight) on its day', () => {
    // 2017-10-15 00:00 did not exist: the day began at 01:00 -02:00.
    const firstInstant = at('2017-10-15T01:00:00-02:00');
    expect(shiftInstant(firstInstant, 365, SP)).toBe(at('2018-10-15T00:00:00-03:00'));
  });

  it('goes back with negative days', () => {
    expect(shiftInstant(at('2026-03-02T09:30:00-03:00'), -1, SP)).toBe(at('2026-03-01T09:30:00-03:00'));
  });
});

describe('shiftImportRecord', () => {
  it('moves every date a record carries and nothing else', () => {
    const t = (iso: string) => at(`${iso}T10:00:00-03:00`);
    const touch = (day: string) => ({
      channel: 'social',
      campaign: null,
      medium: null,
      content: null,
      term: null,
      landingPage: 'lp-1',
      referrer: null,
      at: t(day),
    });
    const record: ImportRecord = {
      row: 7,
      lead: {
        key: { source: 'olist', externalId: 'm1' },
        email: null,
        createdAt: t('2018-05-01'),
        firstTouch: touch('2018-05-02'),
        lastTouch: touch('2018-05-03'),
        consent: { basis: 'consent', givenAt: t('2018-05-04') },
        stages: [
          { stage: 'mql', at: t('2018-05-05') },
          { stage: 'sql', at: t('2018-05-06') },
        ],
        fields: { olist_mql_id: 'm1' },
      },
      deal: {
        externalId: 'olist:m1',
        amountCents: 100,
        currency: 'BRL',
        status: 'won',
        createdAt: t('2018-05-07'),
        closedAt: t('2018-05-08'),
      },
    };
    const shifted = shiftImportRecord(record, 10, SP);
    expect(shifted.lead.createdAt).toBe(t('2018-05-11'));
    expect(shifted.lead.firstTouch?.at).toBe(t('2018-05-12'));
    expect(shifted.lead.lastTouch?.at).toBe(t('2018-05-13'));
    expect(shifted.lead.consent?.givenAt).toBe(t('2018-05-14'));
    expect(shifted.lead.stages).toEqual([
      { stage: 'mql', at: t('2018-05-15') },
      { stage: 'sql', at: t('2018-05-16') },
    ]);
    expect(shifted.deal).toMatchObject({ createdAt: t('2018-05-17'), closedAt: t('2018-05-18') });
    // No date of the original is left anywhere in the shifted record (a new date field would show here).
    const text = JSON.stringify(shifted);
    for (let day = 1; day <= 8; day++) {
      expect(text).not.toContain(String(t(`2018-05-0${day}`)));
    }
    expect(shifted.lead.firstTouch).toMatchObject({ channel: 'social', landingPage: 'lp-1' });
    expect(shifted.row).toBe(7);
    expect(record.lead.createdAt).toBe(t('2018-05-01'));
  });

  it('leaves a record without dates as it is', () => {
    const record: ImportRecord = { row: 1, lead: { key: null, email: 'a@b.example' } };
    expect(shiftImportRecord(record, 30, SP)).toEqual(record);
  });
});
