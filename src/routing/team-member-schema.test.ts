import { describe, expect, it } from 'vitest';
import { teamMemberSettingsSchema } from './team-member-schema.ts';

describe('teamMemberSettingsSchema', () => {
  it('reads a rep’s routing settings with absences as epoch ms', () => {
    expect(
      teamMemberSettingsSchema.parse({
        team: ' inside ',
        regions: ['SP', 'Sul'],
        weight: 2,
        capacity: 40,
        outOfOffice: [{ from: '2026-07-06T00:00:00-03:00', to: '2026-07-20T00:00:00-03:00' }],
      }),
    ).toEqual({
      team: 'inside',
      regions: ['SP', 'Sul'],
      weight: 2,
      capacity: 40,
      outOfOffice: [{ from: Date.parse('2026-07-06T03:00:00Z'), to: Date.parse('2026-07-20T03:00:00Z') }],
    });
  });

  it('accepts an empty patch and null to clear team or capacity', () => {
    expect(teamMemberSettingsSchema.parse({})).toEqual({});
    expect(teamMemberSettingsSchema.parse({ team: null, capacity: null })).toEqual({
      team: null,
      capacity: null,
    });
  });

  it('refuses a negative weight and an absence that ends before it starts', () => {
    const result = teamMemberSettingsSchema.safeParse({
      weight: -1,
      outOfOffice: [{ from: '2026-07-20T00:00:00-03:00', to: '2026-07-06T00:00:00-03:00' }],
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['weight', 'must be 0 (no round robin) or more'],
      ['outOfOffice.0.to', 'must be after `from`'],
    ]);
  });
});
