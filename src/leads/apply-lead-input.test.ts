import { describe, expect, it } from 'vitest';
import { applyLeadInput } from './apply-lead-input.ts';
import type { Lead } from './lead.ts';
import { mergeLeadRecords } from './merge-leads.ts';

const DAY = 86_400_000;
const base = (patch: Partial<Lead> = {}): Lead => ({
  ...applyLeadInput(undefined, { email: 'ana@acme.com' }, { id: 'L1', companyId: null }, 0),
  ...patch,
});

describe('applyLeadInput', () => {
  it('keeps omitted fields, overwrites given ones and clears with null', () => {
    const stored = base({ name: 'Ana', jobTitle: 'CMO', phone: '11 98765-4321' });
    const next = applyLeadInput(
      stored,
      { email: 'ana@acme.com', jobTitle: 'CEO', phone: null },
      { id: 'X', companyId: null },
      DAY,
    );
    expect(next).toMatchObject({
      id: 'L1',
      name: 'Ana',
      jobTitle: 'CEO',
      phone: null,
      phoneE164: null,
      updatedAt: DAY,
      createdAt: 0,
    });
  });

  it('keeps the first touch forever, unless an older touch arrives later (a backfill)', () => {
    const first = applyLeadInput(
      undefined,
      { email: 'a@b.com', source: { channel: 'seo', at: 10 * DAY } },
      { id: 'L', companyId: null },
      10 * DAY,
    );
    const later = applyLeadInput(
      first,
      { email: 'a@b.com', source: { channel: 'ads', at: 20 * DAY } },
      { id: 'L', companyId: null },
      20 * DAY,
    );
    expect(later.firstTouch?.channel).toBe('seo');
    expect(later.lastTouch?.channel).toBe('ads');
    const backfill = applyLeadInput(
      later,
      { email: 'a@b.com', source: { channel: 'event', at: 1 * DAY } },
      { id: 'L', companyId: null },
      21 * DAY,
    );
    expect(backfill.firstTouch?.channel).toBe('event');
    expect(backfill.lastTouch?.channel).toBe('ads');
  });

  it('merges custom fields key by key', () => {
    const stored = base({ fields: { a: 1, b: 2 } });
    expect(
      applyLeadInput(
        stored,
        { email: 'ana@acme.com', fields: { b: 3, c: 4 } },
        { id: 'X', companyId: null },
        1,
      ).fields,
    ).toEqual({
      a: 1,
      b: 3,
      c: 4,
    });
  });
});

describe('mergeLeadRecords', () => {
  it('lets the survivor win, fills its gaps, and keeps the earliest first touch and newest last touch', () => {
    const touch = (channel: string, at: number) => ({
      channel,
      campaign: null,
      medium: null,
      content: null,
      term: null,
      landingPage: null,
      referrer: null,
      at,
    });
    const survivor = base({
      id: 'S',
      name: 'Ana',
      firstTouch: touch('ads', 5),
      lastTouch: touch('ads', 5),
      fields: { x: 1 },
      createdAt: 5,
    });
    const other = base({
      id: 'O',
      name: 'Ana S',
      jobTitle: 'CMO',
      firstTouch: touch('seo', 1),
      lastTouch: touch('email', 9),
      fields: { x: 2, y: 3 },
      createdAt: 1,
    });
    const merged = mergeLeadRecords(survivor, other, 100);
    expect(merged).toMatchObject({
      id: 'S',
      name: 'Ana',
      jobTitle: 'CMO',
      fields: { x: 1, y: 3 },
      createdAt: 1,
      updatedAt: 100,
    });
    expect(merged.firstTouch?.channel).toBe('seo');
    expect(merged.lastTouch?.channel).toBe('email');
  });
});
