import { describe, expect, it } from 'vitest';
import { isAvailable, type TeamMember } from './team-member.ts';

const member = (overrides: Partial<TeamMember> = {}): TeamMember => ({
  userId: 'u-ana',
  email: 'ana@acme.com.br',
  name: 'Ana',
  team: 'inside',
  regions: [],
  weight: 1,
  capacity: null,
  openMqls: 0,
  isActive: true,
  outOfOffice: [],
  managerOf: [],
  ...overrides,
});

describe('isAvailable', () => {
  it('accepts an active rep with room and weight', () => {
    expect(isAvailable(member(), 1_000)).toEqual({ ok: true });
  });

  it('refuses an inactive rep first', () => {
    expect(isAvailable(member({ isActive: false, weight: 0 }), 1_000)).toEqual({
      ok: false,
      reason: 'inactive',
    });
  });

  it('refuses a rep out of office from the start of the absence up to, not including, its end', () => {
    const away = member({ outOfOffice: [{ from: 1_000, to: 2_000 }] });
    expect(isAvailable(away, 999)).toEqual({ ok: true });
    expect(isAvailable(away, 1_000)).toEqual({ ok: false, reason: 'out_of_office' });
    expect(isAvailable(away, 1_999)).toEqual({ ok: false, reason: 'out_of_office' });
    expect(isAvailable(away, 2_000)).toEqual({ ok: true });
  });

  it('refuses a rep at capacity unless capacity is not checked', () => {
    const full = member({ capacity: 5, openMqls: 5 });
    expect(isAvailable(full, 1_000)).toEqual({ ok: false, reason: 'at_capacity' });
    expect(isAvailable(member({ capacity: 5, openMqls: 4 }), 1_000)).toEqual({ ok: true });
    expect(isAvailable(full, 1_000, { capacity: false })).toEqual({ ok: true });
  });

  it('refuses a zero-weight rep for round robin only', () => {
    const manager = member({ weight: 0 });
    expect(isAvailable(manager, 1_000)).toEqual({ ok: false, reason: 'zero_weight' });
    expect(isAvailable(manager, 1_000, { weight: false })).toEqual({ ok: true });
    expect(isAvailable(manager, 1_000, {})).toEqual({ ok: false, reason: 'zero_weight' });
  });
});
