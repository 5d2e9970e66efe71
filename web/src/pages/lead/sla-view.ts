import type { ClockKind, Lead, LeadSla, PlaybookDoc, SlaClock } from './api-types.ts';

/** How a clock reads on screen at one moment. */
export type ClockState = 'met' | 'met_late' | 'breached' | 'warning' | 'running' | 'stopped';

export interface LiveClock {
  state: ClockState;
  /** Business minutes left now (negative: overdue); null once met or stopped. */
  minutesLeft: number | null;
  /** Business time is not passing now (outside working hours): the countdown holds. */
  isPaused: boolean;
}

const KIND_ORDER: Record<ClockKind, number> = { first_touch: 0, attempts: 1, decision: 2 };
const MS_PER_MINUTE = 60_000;

/**
 * A clock at `elapsedMs` after the server answered: the business minutes it gave, less the
 * time elapsed since, but only while business time runs (`runningForMinutes`: to the close
 * of the working interval). Past due it reads breached; within the playbook's warning
 * window it reads warning, as the server would say at its next answer.
 *
 * @example liveClock({ ...clock, businessMinutesLeft: 10, runningForMinutes: 600 }, 90_000, 15).minutesLeft // 8.5
 */
export function liveClock(clock: SlaClock, elapsedMs: number, warnBeforeMinutes: number | null): LiveClock {
  if (clock.status === 'met') {
    return { state: clock.metInTime === false ? 'met_late' : 'met', minutesLeft: null, isPaused: false };
  }
  if (clock.status === 'stopped' || clock.businessMinutesLeft === null) {
    return { state: 'stopped', minutesLeft: null, isPaused: false };
  }
  const running = clock.runningForMinutes ?? 0;
  const elapsed = Math.max(0, elapsedMs) / MS_PER_MINUTE;
  const minutesLeft = clock.businessMinutesLeft - Math.min(elapsed, running);
  const isPaused = elapsed >= running;
  if (clock.status === 'breached' || minutesLeft <= 0) {
    return { state: 'breached', minutesLeft, isPaused };
  }
  const isWarning =
    clock.status === 'warning' || (warnBeforeMinutes !== null && minutesLeft <= warnBeforeMinutes);
  return { state: isWarning ? 'warning' : 'running', minutesLeft, isPaused };
}

/** The clocks of the lead's current assignment (earlier owners' clocks were stopped), in SLA order. */
export function currentClocks(sla: LeadSla, lead: Pick<Lead, 'assignedAt'>): SlaClock[] {
  const assignedAt = lead.assignedAt === null ? null : Date.parse(lead.assignedAt);
  return sla.clocks
    .filter((clock) => clock.status !== 'stopped' && Date.parse(clock.startedAt) === assignedAt)
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** The playbook's warning window of a clock kind, in business minutes (null: none). */
export function warnBefore(playbook: PlaybookDoc | undefined, kind: ClockKind): number | null {
  const sla = playbook?.playbook.sla;
  const policy =
    kind === 'first_touch' ? sla?.firstTouch : kind === 'attempts' ? sla?.attempts : sla?.decision;
  return policy?.warnBeforeMinutes || null;
}

export type Urgency = 'breached' | 'warning' | 'on_track';

/** The worst state among the open clocks, as the server last said (for filtering the inbox). */
export function urgencyOf(sla: LeadSla, lead: Pick<Lead, 'assignedAt'>): Urgency {
  const statuses = currentClocks(sla, lead).map((clock) => clock.status);
  if (statuses.includes('breached')) {
    return 'breached';
  }
  return statuses.includes('warning') ? 'warning' : 'on_track';
}

/** The next cadence step not done yet, the soonest due first. */
export function nextTask(sla: LeadSla) {
  return (
    [...sla.tasks]
      .filter((task) => task.status !== 'done')
      .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.step - b.step)[0] ?? null
  );
}
