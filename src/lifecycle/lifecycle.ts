import type { Stage } from '../leads/lead.ts';

/** Why a lead changes stage; each kind has its own allowed moves (`canMove`). */
export const MOVE_KINDS = ['qualify', 'accept', 'reject', 'deal_open', 'deal_won', 'manual'] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

/**
 * One stage change, immutable once recorded. `from` is null for the first row of a
 * lead; `actor` is `system` or the user who moved it; times are epoch ms.
 */
export interface Transition {
  id: string;
  leadId: string;
  from: Stage | null;
  to: Stage;
  at: number;
  actor: string;
  reason: string;
  playbookVersion: number | null;
}

/** Roles that may move a lead by hand (with a reason); everyone else uses the buttons. */
export const MANUAL_MOVE_ROLES = ['admin', 'sales_manager', 'marketing'] as const;

/**
 * The common dictionary's moves, per kind. Forward by default; the defined backward
 * moves are a rejection (to nurture or disqualified) and re-qualification from nurture.
 * A deal may skip stages forward (a CRM can open a deal for a lead marketing never
 * qualified) but never revives a disqualified lead or a customer.
 */
export const ALLOWED_MOVES: Record<
  Exclude<MoveKind, 'manual'>,
  { from: readonly Stage[]; to: readonly Stage[] }
> = {
  qualify: { from: ['lead', 'nurture'], to: ['mql'] },
  accept: { from: ['mql'], to: ['sql'] },
  reject: { from: ['mql', 'sql'], to: ['nurture', 'disqualified'] },
  deal_open: { from: ['lead', 'mql', 'sql', 'nurture'], to: ['opportunity'] },
  deal_won: { from: ['lead', 'mql', 'sql', 'opportunity', 'nurture'], to: ['customer'] },
};

/**
 * Whether a lead may move from one stage to another for this kind of move. `manual`
 * allows any change of stage; the caller checks the role (`MANUAL_MOVE_ROLES`) and
 * that a reason was given (`checkManualMove`).
 *
 * @example canMove('mql', 'nurture', 'reject') // { ok: true }
 * @example canMove('disqualified', 'mql', 'qualify') // { ok: false, reason: 'qualify moves a lead from lead or nurture …' }
 */
export function canMove(
  from: Stage,
  to: Stage,
  kind: MoveKind,
): { ok: true } | { ok: false; reason: string } {
  if (from === to) {
    return { ok: false, reason: `the lead is already in stage ${to}` };
  }
  if (kind === 'manual') {
    return { ok: true };
  }
  const allowed = ALLOWED_MOVES[kind];
  if (allowed.from.includes(from) && allowed.to.includes(to)) {
    return { ok: true };
  }
  return {
    ok: false,
    reason: `${kind} moves a lead from ${allowed.from.join(' or ')} to ${allowed.to.join(' or ')}, not from ${from} to ${to}`,
  };
}

/**
 * The caller's half of a manual move: an allowed role and a reason someone can read.
 *
 * @example checkManualMove({ role: 'sales_rep', reason: 'x' }) // { ok: false, reason: 'role sales_rep may not …' }
 */
export function checkManualMove(input: {
  role: string;
  reason: string;
}): { ok: true } | { ok: false; reason: string } {
  if (!(MANUAL_MOVE_ROLES as readonly string[]).includes(input.role)) {
    return {
      ok: false,
      reason: `role ${input.role} may not move leads by hand (${MANUAL_MOVE_ROLES.join(', ')} may)`,
    };
  }
  if (input.reason.trim() === '') {
    return { ok: false, reason: 'a manual move needs a reason' };
  }
  return { ok: true };
}
