import { describe, expect, it } from 'vitest';
import { compileCalendar } from './business-calendar.ts';
import { calendarSchema } from './calendar-schema.ts';
import { kindSection, planClocks } from './plan-clocks.ts';
import { slaPolicySchema } from './sla-policy-schema.ts';

const calendar = compileCalendar(calendarSchema.parse({}));
const sp = (local: string) => Date.parse(`${local}:00-03:00`);
const byKind = (clocks: ReturnType<typeof planClocks>) =>
  Object.fromEntries(clocks.map((clock) => [clock.kind, clock]));

describe('planClocks', () => {
  it('starts the three sales clocks at the assignment time on the business calendar', () => {
    const startedAt = sp('2026-03-13T17:30');
    expect(planClocks(slaPolicySchema.parse({}), calendar, startedAt)).toEqual([
      { kind: 'first_touch', startedAt, dueAt: sp('2026-03-16T08:30'), warnAt: sp('2026-03-16T08:15') },
      { kind: 'attempts', startedAt, dueAt: sp('2026-03-17T17:30'), warnAt: sp('2026-03-17T15:30') },
      { kind: 'decision', startedAt, dueAt: sp('2026-03-18T17:30'), warnAt: sp('2026-03-18T12:30') },
    ]);
  });

  it('counts from Monday opening for a lead assigned on Saturday, warning across the night', () => {
    const clocks = byKind(planClocks(slaPolicySchema.parse({}), calendar, sp('2026-03-14T10:00')));
    expect(clocks.first_touch?.dueAt).toBe(sp('2026-03-16T09:00'));
    expect(clocks.attempts?.dueAt).toBe(sp('2026-03-18T08:00'));
    expect(clocks.attempts?.warnAt).toBe(sp('2026-03-17T16:00'));
  });

  it('gives no warning when the policy switches it off', () => {
    const policy = slaPolicySchema.parse({
      firstTouch: { warnBeforeMinutes: null },
      attempts: { warnBeforeMinutes: 0 },
    });
    const clocks = byKind(planClocks(policy, calendar, sp('2026-03-10T10:00')));
    expect(clocks.first_touch?.warnAt).toBeNull();
    expect(clocks.attempts?.warnAt).toBeNull();
    expect(clocks.decision?.warnAt).not.toBeNull();
  });

  it('drops a warning that would fall before the clock started', () => {
    const policy = slaPolicySchema.parse({ attempts: { withinBusinessDays: 1, warnBeforeMinutes: 700 } });
    const clocks = byKind(planClocks(policy, calendar, sp('2026-03-09T10:00')));
    expect(clocks.attempts?.dueAt).toBe(sp('2026-03-10T10:00'));
    expect(clocks.attempts?.warnAt).toBeNull();
  });

  it('follows the policy’s own numbers', () => {
    const policy = slaPolicySchema.parse({
      firstTouch: { businessMinutes: 15, warnBeforeMinutes: 5 },
      decision: { businessDays: 1 },
    });
    const clocks = byKind(planClocks(policy, calendar, sp('2026-03-10T10:00')));
    expect(clocks.first_touch).toMatchObject({
      dueAt: sp('2026-03-10T10:15'),
      warnAt: sp('2026-03-10T10:10'),
    });
    expect(clocks.decision?.dueAt).toBe(sp('2026-03-11T10:00'));
  });
});

describe('kindSection', () => {
  it('names the policy section of each clock kind', () => {
    expect([kindSection('first_touch'), kindSection('attempts'), kindSection('decision')]).toEqual([
      'firstTouch',
      'attempts',
      'decision',
    ]);
  });
});
