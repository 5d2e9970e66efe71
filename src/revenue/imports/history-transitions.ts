import { newId } from '../../kernel/ids.ts';
import type { Lead, Stage } from '../../leads/lead.ts';
import type { Transition } from '../../lifecycle/lifecycle.ts';

/**
 * Applies history moves to a lead in memory: the transition rows and the lead in its
 * final stage, exactly as `recordTransition` would write them one by one (`from` is the
 * stage before each move, the lead enters each stage at the move's time).
 */
export function historyTransitions(
  lead: Lead,
  moves: readonly { to: Stage; at: number }[],
  meta: { actor: string; reason: string; playbookVersion: number },
): { lead: Lead; steps: { lead: Lead; transition: Transition }[] } {
  let current = lead;
  const steps: { lead: Lead; transition: Transition }[] = [];
  for (const move of moves) {
    const transition: Transition = {
      id: newId(),
      leadId: current.id,
      from: current.stage,
      to: move.to,
      at: move.at,
      actor: meta.actor,
      reason: meta.reason,
      playbookVersion: meta.playbookVersion,
    };
    current = { ...current, stage: move.to, stageEnteredAt: move.at };
    steps.push({ lead: current, transition });
  }
  return { lead: current, steps };
}
