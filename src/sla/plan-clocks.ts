import type { BusinessCalendar } from './business-calendar.ts';
import { CLOCK_KINDS, type ClockKind, type SlaPolicy } from './sla-policy-schema.ts';

export { businessTimeLeft, clockStatus } from './clock-status.ts';
export type { ClockKind };

/** A clock to store as a row; `metAt` and `breachedAt` start empty. Times in epoch ms. */
export interface PlannedClock {
  kind: ClockKind;
  startedAt: number;
  dueAt: number;
  /** When to warn the owner; null when the policy sets no warning for this kind. */
  warnAt: number | null;
}

/**
 * The sales SLA clocks that start when a lead is assigned, at the assignment's time (a
 * replayed or back-dated assignment starts its clocks in the past). Due times are in
 * business time: first touch in business minutes, attempts and decision in business days
 * at the same local time. A warning that would fall at or before the start is dropped.
 *
 * @example
 * planClocks(slaPolicySchema.parse({}), calendar, Date.parse('2026-03-13T17:30:00-03:00'))
 * // [{ kind: 'first_touch', dueAt: Mon 08:30, warnAt: Mon 08:15, … }, { kind: 'attempts', … }, { kind: 'decision', … }]
 */
export function planClocks(policy: SlaPolicy, calendar: BusinessCalendar, startedAt: number): PlannedClock[] {
  return CLOCK_KINDS.map((kind) => {
    const dueAt = dueAtFor(kind, policy, calendar, startedAt);
    const warnBefore = policy[kindSection(kind)].warnBeforeMinutes;
    const warnAt = warnBefore ? calendar.addBusinessMinutes(dueAt, -warnBefore) : null;
    return { kind, startedAt, dueAt, warnAt: warnAt !== null && warnAt > startedAt ? warnAt : null };
  });
}

function dueAtFor(kind: ClockKind, policy: SlaPolicy, calendar: BusinessCalendar, startedAt: number): number {
  switch (kind) {
    case 'first_touch':
      return calendar.addBusinessMinutes(startedAt, policy.firstTouch.businessMinutes);
    case 'attempts':
      return calendar.addBusinessDays(startedAt, policy.attempts.withinBusinessDays);
    case 'decision':
      return calendar.addBusinessDays(startedAt, policy.decision.businessDays);
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown clock kind ${String(unreachable)}`);
    }
  }
}

/**
 * The policy section that configures a clock kind.
 *
 * @example policy[kindSection('first_touch')].warnBeforeMinutes // 15
 */
export function kindSection(kind: ClockKind): 'firstTouch' | 'attempts' | 'decision' {
  switch (kind) {
    case 'first_touch':
      return 'firstTouch';
    case 'attempts':
      return 'attempts';
    case 'decision':
      return 'decision';
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown clock kind ${String(unreachable)}`);
    }
  }
}
