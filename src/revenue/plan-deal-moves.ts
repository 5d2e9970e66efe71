import type { Stage } from '../leads/lead.ts';
import { canMove } from '../lifecycle/lifecycle.ts';
import type { Deal } from './deal.ts';

export interface DealMove {
  to: 'opportunity' | 'customer';
  /** The deal's own date: opened at `createdAt`, won at `closedAt`. */
  at: number;
  kind: 'deal_open' | 'deal_won';
}

/**
 * The stage changes a deal makes to its lead, at the deal's dates. Any deal means the lead
 * was an opportunity when the deal was opened (open, lost, or won later than opened); a
 * won deal makes it a customer when won. Moves the lifecycle does not allow are left out:
 * a customer stays a customer, a disqualified lead stays disqualified (`canMove`).
 *
 * @example planDealMoves('mql', { status: 'won', createdAt: t1, closedAt: t2 })
 * // [{ to: 'opportunity', at: t1, kind: 'deal_open' }, { to: 'customer', at: t2, kind: 'deal_won' }]
 */
export function planDealMoves(
  stage: Stage,
  deal: Pick<Deal, 'status' | 'createdAt' | 'closedAt'>,
): DealMove[] {
  const moves: DealMove[] = [];
  let current = stage;
  const wonAt = deal.status === 'won' ? (deal.closedAt ?? deal.createdAt) : null;
  const wasOpenBeforeWon = wonAt === null || deal.createdAt < wonAt;
  if (wasOpenBeforeWon && canMove(current, 'opportunity', 'deal_open').ok) {
    moves.push({ to: 'opportunity', at: deal.createdAt, kind: 'deal_open' });
    current = 'opportunity';
  }
  if (wonAt !== null && canMove(current, 'customer', 'deal_won').ok) {
    moves.push({ to: 'customer', at: wonAt, kind: 'deal_won' });
  }
  return moves;
}
