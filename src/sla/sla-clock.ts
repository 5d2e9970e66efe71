import type { ClockKind } from './sla-policy-schema.ts';

/** A sales SLA clock of one lead, as stored. Times are epoch ms; null until it happens. */
export interface SlaClock {
  id: string;
  leadId: string;
  ownerId: string | null;
  kind: ClockKind;
  startedAt: number;
  dueAt: number;
  warnAt: number | null;
  warnedAt: number | null;
  metAt: number | null;
  breachedAt: number | null;
  escalatedAt: number | null;
  /** Stopped without being met: the lead was reassigned, rejected or moved on. */
  stoppedAt: number | null;
  stopReason: string | null;
  playbookVersion: number | null;
}

export interface ClockStore {
  insertMany(clocks: readonly SlaClock[]): Promise<void>;
  forLead(leadId: string): Promise<SlaClock[]>;
  /** Open clocks (neither met nor stopped) of many leads at once. */
  openFor(leadIds: readonly string[]): Promise<SlaClock[]>;
  update(clock: SlaClock): Promise<void>;
  /**
   * Open clocks whose warning or breach is due at `now`, oldest first. On PostgreSQL the
   * rows are locked with SKIP LOCKED for the caller's transaction, so two sweeping
   * processes never take the same clock.
   */
  claimDue(now: number, limit: number): Promise<SlaClock[]>;
}
