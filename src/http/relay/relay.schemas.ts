import { z } from 'zod';
import type { Activity } from '../../handoff/activity.ts';
import { ACTIVITY_CHANNELS, ACTIVITY_OUTCOMES } from '../../handoff/activity.ts';
import { toIso, toIsoOrNull } from '../../kernel/schema-helpers.ts';
import type { Assignment } from '../../routing/assignment.ts';
import type { BusinessCalendar } from '../../sla/business-calendar.ts';
import { businessTimeLeft, clockStatus, isMetInTime } from '../../sla/clock-status.ts';
import type { SlaClock } from '../../sla/sla-clock.ts';
import { CLOCK_KINDS } from '../../sla/sla-policy-schema.ts';
import { isoSchema } from '../common.schemas.ts';
import { businessTimeRunsFor } from './business-time-runs-for.ts';

export const activitySchema = z
  .object({
    id: z.string(),
    leadId: z.string(),
    userId: z.string().nullable(),
    actor: z.string(),
    channel: z.enum(ACTIVITY_CHANNELS),
    outcome: z.enum(ACTIVITY_OUTCOMES),
    occurredAt: isoSchema,
    note: z.string().nullable(),
    objection: z.string().nullable(),
    durationSeconds: z.number().nullable(),
  })
  .meta({ id: 'Activity' });

export const activityResponse = (a: Activity) => ({ ...a, occurredAt: toIso(a.occurredAt) });

export const clockSchema = z
  .object({
    id: z.string(),
    kind: z.enum(CLOCK_KINDS),
    ownerId: z.string().nullable(),
    startedAt: isoSchema,
    dueAt: isoSchema,
    warnAt: isoSchema.nullable(),
    metAt: isoSchema.nullable(),
    breachedAt: isoSchema.nullable(),
    stoppedAt: isoSchema.nullable(),
    stopReason: z.string().nullable(),
    status: z.enum(['met', 'breached', 'warning', 'running', 'stopped']),
    metInTime: z.boolean().nullable().meta({ description: 'Met by its due time; null while open.' }),
    businessMinutesLeft: z
      .number()
      .nullable()
      .meta({ description: 'Business minutes until due (negative: overdue); null once met or stopped.' }),
    runningForMinutes: z.number().nullable().meta({
      description:
        'For a live countdown: wall-clock minutes from now during which business time keeps passing (to the close of the current working interval; 0 outside working hours). Subtract elapsed time from `businessMinutesLeft` up to this much, then hold until the next read. Null once met or stopped.',
    }),
  })
  .meta({ id: 'SlaClock' });

export function clockResponse(
  clock: SlaClock,
  calendar: BusinessCalendar,
  now: number,
): z.output<typeof clockSchema> {
  const open = clock.metAt === null && clock.stoppedAt === null;
  return {
    id: clock.id,
    kind: clock.kind,
    ownerId: clock.ownerId,
    startedAt: toIso(clock.startedAt),
    dueAt: toIso(clock.dueAt),
    warnAt: toIsoOrNull(clock.warnAt),
    metAt: toIsoOrNull(clock.metAt),
    breachedAt: toIsoOrNull(clock.breachedAt),
    stoppedAt: toIsoOrNull(clock.stoppedAt),
    stopReason: clock.stopReason,
    status: clock.stoppedAt !== null && clock.metAt === null ? 'stopped' : clockStatus(clock, now),
    metInTime: clock.metAt === null ? null : isMetInTime(clock),
    businessMinutesLeft: open ? businessTimeLeft(calendar, clock, now) : null,
    runningForMinutes: open ? businessTimeRunsFor(calendar, now) : null,
  };
}

export const assignmentSchema = z
  .object({
    id: z.string(),
    userId: z.string().nullable(),
    queue: z.string().nullable(),
    userName: z
      .string()
      .nullable()
      .meta({ description: 'The owner’s name, for people reading the assignment.' }),
    ruleId: z.string().meta({ description: '`account_owner`, a routing rule id, `fallback` or `manual`.' }),
    candidates: z.array(
      z.object({
        userId: z.string(),
        name: z.string().nullable().meta({ description: 'Null when the id names no user (`unknown_user`).' }),
        ruleId: z.string(),
        eligible: z.boolean(),
        reason: z.string().optional(),
      }),
    ),
    at: isoSchema,
    actor: z.string(),
  })
  .meta({ id: 'Assignment' });

/** Users' names by id, so an assignment reads as people (reps may not list users). */
export type UserNames = ReadonlyMap<string, string>;

export const assignmentResponse = (a: Assignment, names: UserNames): z.output<typeof assignmentSchema> => ({
  id: a.id,
  userId: a.userId,
  userName: a.userId === null ? null : (names.get(a.userId) ?? null),
  queue: a.queue,
  ruleId: a.ruleId,
  candidates: a.candidates.map((c) => ({ ...c, name: names.get(c.userId) ?? null })),
  at: toIso(a.at),
  actor: a.actor,
});
