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
  };
}

export const assignmentSchema = z
  .object({
    id: z.string(),
    userId: z.string().nullable(),
    queue: z.string().nullable(),
    ruleId: z.string().meta({ description: '`account_owner`, a routing rule id, `fallback` or `manual`.' }),
    candidates: z.array(
      z.object({
        userId: z.string(),
        ruleId: z.string(),
        eligible: z.boolean(),
        reason: z.string().optional(),
      }),
    ),
    at: isoSchema,
    actor: z.string(),
  })
  .meta({ id: 'Assignment' });

export const assignmentResponse = (a: Assignment) => ({
  id: a.id,
  userId: a.userId,
  queue: a.queue,
  ruleId: a.ruleId,
  candidates: a.candidates,
  at: toIso(a.at),
  actor: a.actor,
});
