import type { RoutingCandidate } from './choose-owner.ts';
import type { TeamMember } from './team-member.ts';

/** Who got a lead and why: every assignment is kept, with the candidates considered. */
export interface Assignment {
  id: string;
  leadId: string;
  /** Null when no one could take it and it waits in `queue`. */
  userId: string | null;
  queue: string | null;
  /** `account_owner`, a routing rule id, `fallback` or `manual`. */
  ruleId: string;
  candidates: RoutingCandidate[];
  at: number;
  actor: string;
  playbookVersion: number | null;
}

/** What routing needs from the database. */
export interface TeamStore {
  /** Every user as a team member, with their open-MQL count. */
  members(): Promise<TeamMember[]>;
  /** Round-robin credits by `${team}:${userId}`. */
  counters(): Promise<Record<string, number>>;
  /** Adds the increments to the stored credits (in the caller's transaction). */
  addCredits(updates: Readonly<Record<string, number>>): Promise<void>;
  insertAssignment(assignment: Assignment): Promise<void>;
  assignmentsOf(leadId: string): Promise<Assignment[]>;
}
