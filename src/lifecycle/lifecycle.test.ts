import { describe, expect, it } from 'vitest';
import { STAGES, type Stage } from '../leads/lead.ts';
import { canMove, checkManualMove, MANUAL_MOVE_ROLES, MOVE_KINDS, type MoveKind } from './lifecycle.ts';

/** The agreed moves, written out by hand: everything not listed must be refused. */
const EXPECTED: Record<Exclude<MoveKind, 'manual'>, string[]> = {
  qualify: ['lead→mql', 'nurture→mql'],
  accept: ['mql→sql'],
  reject: ['mql→nurture', 'mql→disqualified', 'sql→nurture', 'sql→disqualified'],
  deal_open: ['lead→opportunity', 'mql→opportunity', 'sql→opportunity', 'nurture→opportunity'],
  deal_won: ['lead→customer', 'mql→customer', 'sql→customer', 'opportunity→customer', 'nurture→customer'],
};

const PAIRS: [Stage, Stage][] = STAGES.flatMap((from) => STAGES.map((to): [Stage, Stage] => [from, to]));
const allowedPairs = (kind: MoveKind) =>
  PAIRS.filter(([from, to]) => canMove(from, to, kind).ok).map(([from, to]) => `${from}→${to}`);

describe('canMove', () => {
  it.each(Object.entries(EXPECTED))(
    'allows exactly the agreed %s moves among all 49 stage pairs',
    (kind, expected) => {
      expect(allowedPairs(kind as MoveKind)).toEqual(expected);
    },
  );

  it('allows a manual move between any two different stages', () => {
    expect(allowedPairs('manual')).toHaveLength(STAGES.length * (STAGES.length - 1));
  });

  it('refuses to move a lead to the stage it is in, for every kind including manual', () => {
    for (const kind of MOVE_KINDS) {
      for (const stage of STAGES) {
        expect(canMove(stage, stage, kind)).toEqual({
          ok: false,
          reason: `the lead is already in stage ${stage}`,
        });
      }
    }
  });

  it('keeps disqualified leads and customers where they are unless moved by hand', () => {
    for (const kind of MOVE_KINDS.filter((k) => k !== 'manual')) {
      for (const to of STAGES) {
        expect(canMove('disqualified', to, kind).ok).toBe(false);
        expect(canMove('customer', to, kind).ok).toBe(false);
      }
    }
    expect(canMove('disqualified', 'mql', 'manual').ok).toBe(true);
    expect(canMove('customer', 'nurture', 'manual').ok).toBe(true);
  });

  it('says what a kind of move allows when it refuses one', () => {
    expect(canMove('lead', 'nurture', 'reject')).toEqual({
      ok: false,
      reason: 'reject moves a lead from mql or sql to nurture or disqualified, not from lead to nurture',
    });
    expect(canMove('disqualified', 'mql', 'qualify')).toEqual({
      ok: false,
      reason: 'qualify moves a lead from lead or nurture to mql, not from disqualified to mql',
    });
  });
});

describe('checkManualMove', () => {
  it('lets admins, sales managers and marketing move with a reason', () => {
    for (const role of MANUAL_MOVE_ROLES) {
      expect(checkManualMove({ role, reason: 'Lista comprada, não é opt-in' })).toEqual({ ok: true });
    }
  });

  it('refuses a sales rep and a blank reason', () => {
    expect(checkManualMove({ role: 'sales_rep', reason: 'spam' })).toEqual({
      ok: false,
      reason: 'role sales_rep may not move leads by hand (admin, sales_manager, marketing may)',
    });
    expect(checkManualMove({ role: 'admin', reason: '   ' })).toEqual({
      ok: false,
      reason: 'a manual move needs a reason',
    });
  });
});
