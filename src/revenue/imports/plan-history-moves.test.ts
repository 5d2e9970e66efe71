import { describe, expect, it } from 'vitest';
import { planHistoryMoves } from './plan-history-moves.ts';

const [t1, t2, t3] = [1_000, 2_000, 3_000];

describe('planHistoryMoves', () => {
  it('records each dated stage in the forward order of the lifecycle', () => {
    expect(
      planHistoryMoves('lead', new Set(), [
        { stage: 'customer', at: t3 },
        { stage: 'mql', at: t1 },
        { stage: 'sql', at: t2 },
      ]),
    ).toEqual([
      { to: 'mql', at: t1 },
      { to: 'sql', at: t2 },
      { to: 'customer', at: t3 },
    ]);
  });

  it('keeps the source’s dates when they run against the forward order (won before first contact)', () => {
    expect(
      planHistoryMoves('lead', new Set(), [
        { stage: 'mql', at: t3 },
        { stage: 'customer', at: t1 },
      ]),
    ).toEqual([
      { to: 'mql', at: t3 },
      { to: 'customer', at: t1 },
    ]);
  });

  it('adds nothing the second time: stages reached or passed are not recorded again', () => {
    expect(planHistoryMoves('mql', new Set(['mql']), [{ stage: 'mql', at: t1 }])).toEqual([]);
    expect(planHistoryMoves('customer', new Set(['customer']), [{ stage: 'sql', at: t1 }])).toEqual([]);
    expect(planHistoryMoves('sql', new Set(['mql', 'sql']), [{ stage: 'mql', at: t2 }])).toEqual([]);
  });

  it('never revives a disqualified lead, and lets a nurture lead become MQL again', () => {
    expect(planHistoryMoves('disqualified', new Set(), [{ stage: 'customer', at: t1 }])).toEqual([]);
    expect(planHistoryMoves('nurture', new Set(['mql']), [{ stage: 'sql', at: t2 }])).toEqual([
      { to: 'sql', at: t2 },
    ]);
  });
});
