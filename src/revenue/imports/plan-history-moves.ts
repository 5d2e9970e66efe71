import type { Stage } from '../../leads/lead.ts';

/** How far along the common dictionary a stage is; `nurture` sits with `lead` (it may become MQL again). */
const RANK: Record<Stage, number> = {
  lead: 0,
  nurture: 0,
  mql: 1,
  sql: 2,
  opportunity: 3,
  customer: 4,
  disqualified: Number.POSITIVE_INFINITY,
};

/**
 * The transitions an export's dated stages add to a lead's history. They are applied in
 * the lifecycle's forward order (lead → mql → sql → opportunity → customer), each at its
 * own date, even when the dates are out of that order (a deal won before the first
 * contact): the forward order decides `from`/`to`, the dates stay as the source gave them.
 * A stage the lead already reached, or is already past, is not recorded again (so an
 * import run twice adds nothing); a disqualified lead or a customer stays where it is.
 *
 * @example planHistoryMoves('lead', new Set(), [{ stage: 'customer', at: t2 }, { stage: 'mql', at: t1 }])
 * // [{ to: 'mql', at: t1 }, { to: 'customer', at: t2 }]
 */
export function planHistoryMoves(
  current: Stage,
  reached: ReadonlySet<Stage>,
  dated: readonly { stage: Stage; at: number }[],
): { to: Stage; at: number }[] {
  const moves: { to: Stage; at: number }[] = [];
  let stage = current;
  const forward = dated
    .filter((d) => d.stage !== 'lead' && d.stage !== 'nurture' && d.stage !== 'disqualified')
    .sort((a, b) => RANK[a.stage] - RANK[b.stage] || a.at - b.at);
  for (const { stage: to, at } of forward) {
    if (reached.has(to) || RANK[to] <= RANK[stage]) {
      continue;
    }
    moves.push({ to, at });
    stage = to;
  }
  return moves;
}
