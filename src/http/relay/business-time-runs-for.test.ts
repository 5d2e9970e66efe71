import { describe, expect, it } from 'vitest';
import { compileCalendar } from '../../sla/business-calendar.ts';
import { type CalendarConfigInput, calendarSchema } from '../../sla/calendar-schema.ts';
import { businessTimeRunsFor } from './business-time-runs-for.ts';

const calendarOf = (input: CalendarConfigInput = {}) => compileCalendar(calendarSchema.parse(input));
const at = (local: string) => Date.parse(`${local}-03:00`);

describe('how long business time keeps running (for a live countdown)', () => {
  it('runs to the close of the working day, and not at all outside working hours', () => {
    const calendar = calendarOf();
    expect(businessTimeRunsFor(calendar, at('2026-03-02T17:30:00'))).toBe(30);
    expect(businessTimeRunsFor(calendar, at('2026-03-02T08:00:00'))).toBe(600);
    expect(businessTimeRunsFor(calendar, at('2026-03-02T18:00:00'))).toBe(0);
    expect(businessTimeRunsFor(calendar, at('2026-03-02T07:59:00'))).toBe(0);
    // Saturday, and Carnaval Monday (a bank holiday the default calendar closes).
    expect(businessTimeRunsFor(calendar, at('2026-03-07T10:00:00'))).toBe(0);
    expect(businessTimeRunsFor(calendar, at('2026-02-16T10:00:00'))).toBe(0);
  });

  it('stops at lunch when the day has a break', () => {
    const calendar = calendarOf({
      hours: {
        mon: [
          ['08:00', '12:00'],
          ['13:00', '18:00'],
        ],
      },
    });
    expect(businessTimeRunsFor(calendar, at('2026-03-02T11:45:00'))).toBe(15);
    expect(businessTimeRunsFor(calendar, at('2026-03-02T12:30:00'))).toBe(0);
  });

  it('joins days that run into each other across midnight', () => {
    const calendar = calendarOf({
      hours: { mon: [['20:00', '24:00']], tue: [['00:00', '02:00']] },
      holidays: { types: [] },
    });
    expect(businessTimeRunsFor(calendar, at('2026-03-02T23:00:00'))).toBe(180);
  });
});
