import { describe, expect, it } from 'vitest';
import { compileCalendar } from './business-calendar.ts';
import { calendarSchema } from './calendar-schema.ts';
import { businessTimeLeft, clockStatus, isMetInTime, pendingClockEvent } from './clock-status.ts';

const sp = (local: string) => Date.parse(`${local}:00-03:00`);
const clock = { dueAt: 1_000, warnAt: 800, metAt: null, breachedAt: null };

describe('clockStatus', () => {
  it('runs, then warns, then breaches at the due time', () => {
    expect(clockStatus(clock, 799)).toBe('running');
    expect(clockStatus(clock, 800)).toBe('warning');
    expect(clockStatus(clock, 999)).toBe('warning');
    expect(clockStatus(clock, 1_000)).toBe('breached');
  });

  it('stays met once met, even when met late', () => {
    expect(clockStatus({ ...clock, metAt: 900 }, 5_000)).toBe('met');
    expect(clockStatus({ ...clock, metAt: 1_200, breachedAt: 1_000 }, 5_000)).toBe('met');
  });

  it('trusts a stamped breach and runs without a warning time', () => {
    expect(clockStatus({ ...clock, breachedAt: 1_000 }, 10)).toBe('breached');
    expect(clockStatus({ ...clock, warnAt: null }, 999)).toBe('running');
  });
});

describe('isMetInTime', () => {
  it('counts a clock met at or before due as in time', () => {
    expect(isMetInTime({ dueAt: 1_000, metAt: 1_000 })).toBe(true);
    expect(isMetInTime({ dueAt: 1_000, metAt: 1_001 })).toBe(false);
    expect(isMetInTime({ dueAt: 1_000, metAt: null })).toBe(false);
  });
});

describe('businessTimeLeft', () => {
  const calendar = compileCalendar(calendarSchema.parse({}));
  const due = sp('2026-03-16T08:30');

  it('counts business minutes left, skipping the weekend', () => {
    expect(businessTimeLeft(calendar, { dueAt: due, metAt: null }, sp('2026-03-13T17:30'))).toBe(60);
    expect(businessTimeLeft(calendar, { dueAt: due, metAt: null }, sp('2026-03-15T12:00'))).toBe(30);
  });

  it('goes negative when overdue and freezes when met', () => {
    expect(businessTimeLeft(calendar, { dueAt: due, metAt: null }, sp('2026-03-16T09:00'))).toBe(-30);
    expect(
      businessTimeLeft(calendar, { dueAt: due, metAt: sp('2026-03-16T08:10') }, sp('2026-03-20T09:00')),
    ).toBe(20);
  });
});

describe('pendingClockEvent', () => {
  const fresh = { ...clock, warnedAt: null };

  it('asks for the warning first, then the breach', () => {
    expect(pendingClockEvent(fresh, 500)).toEqual({ type: 'warning', at: 800 });
    expect(pendingClockEvent({ ...fresh, warnedAt: 800 }, 900)).toEqual({ type: 'breach', at: 1_000 });
  });

  it('breaches without warning a clock found past due', () => {
    expect(pendingClockEvent(fresh, 1_500)).toEqual({ type: 'breach', at: 1_000 });
  });

  it('has nothing to do for a met or breached clock', () => {
    expect(pendingClockEvent({ ...fresh, metAt: 900 }, 1_500)).toBeNull();
    expect(pendingClockEvent({ ...fresh, breachedAt: 1_000 }, 1_500)).toBeNull();
  });

  it('goes straight to the breach when there is no warning', () => {
    expect(pendingClockEvent({ ...fresh, warnAt: null }, 0)).toEqual({ type: 'breach', at: 1_000 });
  });
});
