import type { Stage } from '../leads/lead.ts';
import type { LeadOwnedRows } from '../leads/lead-store.ts';
import type { Transition } from './lifecycle.ts';

/** Transitions are immutable: inserted once, never updated (a merge re-keys them). */
export interface TransitionStore extends LeadOwnedRows {
  insert(transition: Transition): Promise<void>;
  /** Distinct leads that entered `stage` in `[from, to)`. */
  countEntered(stage: Stage, from: number, to: number): Promise<number>;
  /** The lead's transitions, oldest first. */
  forLead(leadId: string): Promise<Transition[]>;
  /** For each lead, the first time it reached each stage (the funnel as it happened). */
  firstReached(
    leadIds: readonly string[],
    stages: readonly Stage[],
  ): Promise<Map<string, Partial<Record<Stage, number>>>>;
}
