import type { Activity } from '../handoff/activity.ts';
import type { Cursor } from '../kernel/cursor.ts';
import type { Transition } from '../lifecycle/lifecycle.ts';
import type { LeadEvent } from './event.ts';

/**
 * One entry of a lead's timeline. Each capability adds its own kind (stage changes,
 * activities, deals) as it arrives; all share `at` (epoch ms) and a sortable `id`.
 */
export type TimelineEntry =
  | { kind: 'event'; at: number; id: string; event: LeadEvent }
  | { kind: 'transition'; at: number; id: string; transition: Transition }
  | { kind: 'activity'; at: number; id: string; activity: Activity };

export interface TimelineStore {
  /** Newest first, `limit + 1` entries so the caller knows whether a next page exists. */
  page(leadId: string, before: Cursor | undefined, limit: number): Promise<TimelineEntry[]>;
}
