import type { Activity } from './activity.ts';
import type { CadenceTask } from './plan-cadence.ts';

/** A cadence step planned for a lead's owner. */
export interface StoredTask extends CadenceTask {
  id: string;
  leadId: string;
  ownerId: string | null;
  /** Set when the lead is reassigned or leaves the relay: the task no longer applies. */
  cancelledAt: number | null;
}

/** Sales' accept or reject, with the reason and the lead's source kept for feedback reports. */
export interface Decision {
  id: string;
  leadId: string;
  userId: string | null;
  actor: string;
  decision: 'accept' | 'reject';
  reasonCode: string | null;
  note: string | null;
  toStage: string;
  channel: string | null;
  campaign: string | null;
  at: number;
}

export interface HandoffStore {
  insertActivity(activity: Activity): Promise<void>;
  activitiesOf(leadId: string): Promise<Activity[]>;
  activitiesFor(leadIds: readonly string[]): Promise<Map<string, Activity[]>>;
  insertTasks(tasks: readonly StoredTask[]): Promise<void>;
  /** Tasks not cancelled, in due order. */
  tasksOf(leadId: string): Promise<StoredTask[]>;
  tasksFor(leadIds: readonly string[]): Promise<Map<string, StoredTask[]>>;
  cancelTasks(leadId: string, at: number): Promise<void>;
  insertDecision(decision: Decision): Promise<void>;
  lastDecision(leadId: string): Promise<Decision | undefined>;
  /** Accepts and rejects made in `[from, to)`. */
  countDecisions(from: number, to: number): Promise<{ accepted: number; rejected: number }>;
}
