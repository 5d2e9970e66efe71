import { describe, expect, it } from 'vitest';
import { planDealMoves } from './plan-deal-moves.ts';

const t1 = Date.UTC(2026, 0, 10);
const t2 = Date.UTC(2026, 1, 20);

describe('planDealMoves', () => {
  it('makes an MQL an opportunity when a deal is opened for it, dated at the deal', () => {
    expect(planDealMoves('mql', { status: 'open', createdAt: t1, closedAt: null })).toEqual([
      { to: 'opportunity', at: t1, kind: 'deal_open' },
    ]);
  });

  it('passes through opportunity on the way to customer when the deal was opened before it was won', () => {
    expect(planDealMoves('sql', { status: 'won', createdAt: t1, closedAt: t2 })).toEqual([
      { to: 'opportunity', at: t1, kind: 'deal_open' },
      { to: 'customer', at: t2, kind: 'deal_won' },
    ]);
  });

  it('goes straight to customer when the deal was won the moment it was recorded (Olist)', () => {
    expect(planDealMoves('mql', { status: 'won', createdAt: t2, closedAt: t2 })).toEqual([
      { to: 'customer', at: t2, kind: 'deal_won' },
    ]);
  });

  it('wins an opportunity that is already one', () => {
    expect(planDealMoves('opportunity', { status: 'won', createdAt: t1, closedAt: t2 })).toEqual([
      { to: 'customer', at: t2, kind: 'deal_won' },
    ]);
  });

  it('records that a lost deal was an opportunity, and moves nothing further', () => {
    expect(planDealMoves('lead', { status: 'lost', createdAt: t1, closedAt: t2 })).toEqual([
      { to: 'opportunity', at: t1, kind: 'deal_open' },
    ]);
  });

  it('changes nothing for a customer or a disqualified lead', () => {
    for (const stage of ['customer', 'disqualified'] as const) {
      expect(planDealMoves(stage, { status: 'won', createdAt: t1, closedAt: t2 })).toEqual([]);
      expect(planDealMoves(stage, { status: 'open', createdAt: t1, closedAt: null })).toEqual([]);
    }
  });

  it('does not repeat a move already made: an opportunity with another open deal stays as it is', () => {
    expect(planDealMoves('opportunity', { status: 'open', createdAt: t2, closedAt: null })).toEqual([]);
  });
});
