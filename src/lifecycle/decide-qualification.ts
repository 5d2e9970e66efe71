import type { Stage } from '../leads/lead.ts';
import type { Playbook } from '../playbook/playbook-schema.ts';
import { DAY_MS } from '../scoring/decay.ts';
import type { ScoreResult } from '../scoring/score-lead.ts';

/**
 * When a lead that entered nurture at `enteredNurtureAt` may become MQL again (epoch
 * ms): after the playbook's cool-off. A sweep can use it as a `due_at`.
 *
 * @example coolOffEndsAt(playbook, enteredAt) // enteredAt + 14 days with nurtureCoolOffDays: 14
 */
export const coolOffEndsAt = (playbook: Playbook, enteredNurtureAt: number): number =>
  enteredNurtureAt + playbook.lifecycle.nurtureCoolOffDays * DAY_MS;

/**
 * Whether the system should make the lead MQL now: a `lead` when the MQL rule passes; a
 * `nurture` lead when it passes again and the cool-off since it entered nurture is over.
 * Any other stage is left alone (null).
 *
 * @example decideQualification({ stage: 'lead', enteredStageAt, score, playbook, at }) // { to: 'mql', reason: 'MQL by fit-and-engaged: …' }
 */
export function decideQualification(input: {
  stage: Stage;
  enteredStageAt: number;
  score: ScoreResult;
  playbook: Playbook;
  at: number;
}): { to: 'mql'; reason: string } | null {
  const { stage, score } = input;
  if (!score.mqlRule.passed) {
    return null;
  }
  switch (stage) {
    case 'lead':
      return { to: 'mql', reason: score.mqlRule.why };
    case 'nurture': {
      const endsAt = coolOffEndsAt(input.playbook, input.enteredStageAt);
      if (input.at < endsAt) {
        return null;
      }
      const days = input.playbook.lifecycle.nurtureCoolOffDays;
      const after = days > 0 ? ` after the ${days}-day cool-off` : '';
      return { to: 'mql', reason: `re-qualified from nurture${after}: ${score.mqlRule.why}` };
    }
    case 'mql':
    case 'sql':
    case 'opportunity':
    case 'customer':
    case 'disqualified':
      return null;
    default: {
      const unreachable: never = stage;
      throw new Error(`unknown stage ${String(unreachable)}`);
    }
  }
}
