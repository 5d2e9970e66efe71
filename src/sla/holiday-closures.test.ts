import { describe, expect, it } from 'vitest';
import { calendarSchema } from './calendar-schema.ts';
import { holidayClosures } from './holiday-closures.ts';

const sp = (local: string) => Date.parse(`${local}:00-03:00`);
const closuresOf = (holidays: object) => holidayClosures(calendarSchema.parse({ holidays }));

describe('holidayClosures', () => {
  it('turns national public and bank holidays into local-midnight spans', () => {
    const spans = closuresOf({}).inYear(2026);
    expect(spans).toContainEqual([sp('2026-04-21T00:00'), sp('2026-04-22T00:00')]);
    expect(spans).toContainEqual([sp('2026-02-16T00:00'), sp('2026-02-17T00:00')]);
    expect(spans).toContainEqual([sp('2026-06-04T00:00'), sp('2026-06-05T00:00')]);
    // Easter Sunday is an observance, not a day off.
    expect(spans).not.toContainEqual([sp('2026-04-05T00:00'), sp('2026-04-06T00:00')]);
  });

  it('keeps only the chosen types', () => {
    const publicOnly = closuresOf({ types: ['public'] }).inYear(2026);
    expect(publicOnly).not.toContainEqual([sp('2026-02-16T00:00'), sp('2026-02-17T00:00')]);
    const withOptional = closuresOf({ types: ['optional'] }).inYear(2026);
    expect(withOptional).toContainEqual([sp('2026-12-24T14:00'), sp('2026-12-25T00:00')]);
  });

  it('merges state and national holidays without repeating a day', () => {
    const spans = closuresOf({ state: 'SP' }).inYear(2026);
    expect(spans).toContainEqual([sp('2026-07-09T00:00'), sp('2026-07-10T00:00')]);
    expect(spans).toContainEqual([sp('2026-11-20T00:00'), sp('2026-11-21T00:00')]);
    const keys = spans.map(([start, end]) => `${start}-${end}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('sorts spans and computes each year once', () => {
    const closures = closuresOf({});
    const spans = closures.inYear(2027);
    expect(closures.inYear(2027)).toBe(spans);
    expect([...spans].sort((a, b) => a[0] - b[0])).toEqual(spans);
  });
});
