import { describe, expect, it } from 'vitest';
import { compileCalendar } from './business-calendar.ts';
import { calendarSchema } from './calendar-schema.ts';
import { evaluateMarketingSla, monthSpan } from './marketing-sla.ts';
import { slaPolicySchema } from './sla-policy-schema.ts';

const sp = (local: string) => Date.parse(`${local}:00-03:00`);
const calendar = compileCalendar(calendarSchema.parse({}));

describe('monthSpan', () => {
  it('bounds the local month, so 22:00 on the last day is still that month in São Paulo', () => {
    expect(monthSpan('America/Sao_Paulo', Date.parse('2026-04-01T01:00:00Z'))).toEqual({
      month: '2026-03',
      from: sp('2026-03-01T00:00'),
      to: sp('2026-04-01T00:00'),
    });
  });

  it('rolls December into the next year', () => {
    expect(monthSpan('America/Sao_Paulo', sp('2026-12-15T12:00'))).toMatchObject({
      month: '2026-12',
      to: sp('2027-01-01T00:00'),
    });
  });
});

describe('evaluateMarketingSla', () => {
  const marketing = slaPolicySchema.parse({
    marketing: { mqlsPerMonth: 80, minAcceptanceRate: 0.6 },
  }).marketing;

  it('compares delivery with the target and the pace by business time', () => {
    // March 2026 has 22 working days; by Monday 16th at 08:00, 10 of them have passed.
    const status = evaluateMarketingSla(
      marketing,
      calendar,
      { mqls: 40, accepted: 18, rejected: 6 },
      sp('2026-03-16T08:00'),
    );
    expect(status.month).toBe('2026-03');
    expect(status.mqls).toEqual({ delivered: 40, target: 80, expectedByNow: (80 * 10) / 22, isMet: false });
    expect(status.acceptance).toEqual({ rate: 0.75, target: 0.6, isMet: true });
  });

  it('meets the volume at the target and fails acceptance below the minimum', () => {
    const status = evaluateMarketingSla(
      marketing,
      calendar,
      { mqls: 80, accepted: 5, rejected: 5 },
      sp('2026-03-31T20:00'),
    );
    expect(status.mqls.isMet).toBe(true);
    expect(status.mqls.expectedByNow).toBe(80);
    expect(status.acceptance).toEqual({ rate: 0.5, target: 0.6, isMet: false });
  });

  it('has nothing to judge without commitments or decisions', () => {
    const none = slaPolicySchema.parse({}).marketing;
    const status = evaluateMarketingSla(
      none,
      calendar,
      { mqls: 3, accepted: 0, rejected: 0 },
      sp('2026-03-16T08:00'),
    );
    expect(status.mqls).toEqual({ delivered: 3, target: null, expectedByNow: null, isMet: null });
    expect(status.acceptance).toEqual({ rate: null, target: null, isMet: null });
  });
});
