import { describe, expect, it } from 'vitest';
import { groupKeyer, periodSlices } from './group-key.ts';
import { lead } from './kpi-scenario.fixture.ts';

const TZ = 'America/Sao_Paulo';

describe('periodSlices', () => {
  it('cuts a period into ISO weeks, keeping only the days inside it at the edges', () => {
    // 2026-03-04 is a Wednesday: W10 holds 5 of its days, W11 all 7, W12 only Monday the 16th.
    expect(periodSlices('week', '2026-03-04', '2026-03-17')).toEqual([
      { key: '2026-W10', month: '2026-03', days: 5, daysInMonth: 31 },
      { key: '2026-W11', month: '2026-03', days: 7, daysInMonth: 31 },
      { key: '2026-W12', month: '2026-03', days: 1, daysInMonth: 31 },
    ]);
  });

  it('gives a week across two months a slice of each, and the new year’s week its ISO year', () => {
    expect(periodSlices('week', '2026-03-30', '2026-04-02')).toEqual([
      { key: '2026-W14', month: '2026-03', days: 2, daysInMonth: 31 },
      { key: '2026-W14', month: '2026-04', days: 1, daysInMonth: 30 },
    ]);
    expect(periodSlices('week', '2025-12-29', '2026-01-05').map((s) => [s.key, s.month, s.days])).toEqual([
      ['2026-W01', '2025-12', 3],
      ['2026-W01', '2026-01', 4],
    ]);
  });

  it('cuts by month like the monthly shares', () => {
    expect(periodSlices('month', '2026-01-29', '2026-02-05')).toEqual([
      { key: '2026-01', month: '2026-01', days: 3, daysInMonth: 31 },
      { key: '2026-02', month: '2026-02', days: 4, daysInMonth: 28 },
    ]);
  });
});

describe('groupKeyer', () => {
  it('keys a lead by the local ISO week of its first MQL, null without one', () => {
    const key = groupKeyer('week', TZ);
    // Sunday 23:30 in São Paulo is already Monday in UTC: still the week before, locally.
    expect(key(lead('A', { firstMqlAt: Date.parse('2026-03-08T23:30:00-03:00') }))).toBe('2026-W10');
    expect(key(lead('B', { firstMqlAt: Date.parse('2026-03-09T00:00:00-03:00') }))).toBe('2026-W11');
    expect(key(lead('C', {}))).toBeNull();
  });

  it('keys by channel, campaign, owner and month as the rows say, and everything as null without grouping', () => {
    const row = lead('A', {
      channel: 'paid',
      campaign: 'brand',
      ownerId: 'u1',
      firstMqlAt: Date.parse('2026-03-31T22:00:00-03:00'),
    });
    expect(
      (['channel', 'campaign', 'owner', 'month', undefined] as const).map((by) => groupKeyer(by, TZ)(row)),
    ).toEqual(['paid', 'brand', 'u1', '2026-03', null]);
  });
});
