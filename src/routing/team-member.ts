/**
 * A rep (or manager) as routing sees them. Times are epoch ms; `openMqls` is counted
 * by storage (leads in `mql` owned by the user) at routing time.
 */
export interface TeamMember {
  userId: string;
  email: string;
  name: string;
  team: string | null;
  /** States (`SP`) or region names (`Sul`) the rep covers, for region-matched team rules. */
  regions: string[];
  /** Share of round robin: 2 gets twice the leads of 1; 0 gets none (direct assignment still works). */
  weight: number;
  /** Most open MQLs the rep may hold; null: no limit. */
  capacity: number | null;
  openMqls: number;
  isActive: boolean;
  /** Absences, `[from, to)`: the rep gets no new leads while one covers `now`. */
  outOfOffice: { from: number; to: number }[];
  /** Teams this user manages (receives their escalations). */
  managerOf: string[];
}

export type UnavailableReason = 'inactive' | 'out_of_office' | 'at_capacity' | 'zero_weight';
export type Availability = { ok: true } | { ok: false; reason: UnavailableReason };

/**
 * Which checks apply (each is on unless set to false): round robin uses them all; a rule
 * naming a user ignores the weight (weight is a share of round robin, not a switch); the
 * account owner also ignores capacity, since keeping an account with its rep is worth
 * one more open lead.
 */
export interface AvailabilityChecks {
  capacity?: boolean;
  weight?: boolean;
}

/**
 * Whether a member may take a new lead at `now`, and if not, the first reason why.
 *
 * @example isAvailable({ ...ana, isActive: false }, now) // { ok: false, reason: 'inactive' }
 */
export function isAvailable(member: TeamMember, now: number, checks: AvailabilityChecks = {}): Availability {
  if (!member.isActive) {
    return { ok: false, reason: 'inactive' };
  }
  if (member.outOfOffice.some((absence) => now >= absence.from && now < absence.to)) {
    return { ok: false, reason: 'out_of_office' };
  }
  if (checks.capacity !== false && member.capacity !== null && member.openMqls >= member.capacity) {
    return { ok: false, reason: 'at_capacity' };
  }
  if (checks.weight !== false && !(member.weight > 0)) {
    return { ok: false, reason: 'zero_weight' };
  }
  return { ok: true };
}
