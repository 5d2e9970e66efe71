import { describe, expect, it } from 'vitest';
import { slaPolicySchema } from './sla-policy-schema.ts';

const issuesOf = (input: unknown) =>
  (slaPolicySchema.safeParse(input).error?.issues ?? []).map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );

describe('slaPolicySchema', () => {
  it('fills a whole policy from an empty or missing section', () => {
    const expected = {
      firstTouch: { businessMinutes: 60, warnBeforeMinutes: 15 },
      attempts: {
        count: 3,
        channels: ['call', 'whatsapp', 'email'],
        withinBusinessDays: 2,
        warnBeforeMinutes: 120,
      },
      decision: { businessDays: 3, warnBeforeMinutes: 300 },
      escalation: { notifyManager: true, reassignAfterBreach: false, reassignOn: ['first_touch'] },
      marketing: { mqlsPerMonth: null, minAcceptanceRate: null },
    };
    expect(slaPolicySchema.parse({})).toEqual(expected);
    expect(slaPolicySchema.parse(undefined)).toEqual(expected);
  });

  it('keeps the defaults of the fields a section leaves out', () => {
    const policy = slaPolicySchema.parse({
      firstTouch: { businessMinutes: 30 },
      marketing: { mqlsPerMonth: 80 },
    });
    expect(policy.firstTouch).toEqual({ businessMinutes: 30, warnBeforeMinutes: 15 });
    expect(policy.marketing).toEqual({ mqlsPerMonth: 80, minAcceptanceRate: null });
  });

  it('accepts null to switch a warning off', () => {
    expect(
      slaPolicySchema.parse({ decision: { warnBeforeMinutes: null } }).decision.warnBeforeMinutes,
    ).toBeNull();
  });

  it('reports impossible values where they are', () => {
    expect(
      issuesOf({
        firstTouch: { businessMinutes: 0 },
        attempts: { count: 0, channels: ['sms'] },
        marketing: { minAcceptanceRate: 60 },
      }),
    ).toEqual([
      'firstTouch.businessMinutes: must be more than 0 business minutes',
      'attempts.count: must be at least 1 attempt',
      expect.stringMatching(/^attempts\.channels\.0: /),
      'marketing.minAcceptanceRate: must be between 0 and 1',
    ]);
  });

  it('refuses a first-touch warning as long as the clock itself', () => {
    expect(issuesOf({ firstTouch: { businessMinutes: 10, warnBeforeMinutes: 10 } })).toEqual([
      'firstTouch.warnBeforeMinutes: must be less than the 10 business minutes of the clock',
    ]);
  });

  it('refuses unknown keys', () => {
    expect(issuesOf({ firstTouch: { minutes: 30 } })).toEqual([expect.stringContaining('minutes')]);
  });
});
