import { describe, expect, it } from 'vitest';
import { managersOf } from './managers-of.ts';
import type { TeamMember } from './team-member.ts';

const person = (userId: string, overrides: Partial<TeamMember> = {}): TeamMember => ({
  userId,
  email: `${userId}@acme.com.br`,
  name: userId,
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

describe('managersOf', () => {
  const members = [
    person('ana'),
    person('rita', { team: null, managerOf: ['inside', 'field'] }),
    person('otto', { team: null, managerOf: ['field'] }),
    person('ex', { team: null, managerOf: ['inside'], isActive: false }),
    person('lia', { managerOf: ['inside'] }),
  ];

  it('finds the active managers of the user’s team', () => {
    expect(managersOf(members, 'ana').map((member) => member.userId)).toEqual(['rita', 'lia']);
  });

  it('does not escalate a manager to themselves', () => {
    expect(managersOf(members, 'lia').map((member) => member.userId)).toEqual(['rita']);
  });

  it('finds nobody for a user without a team or unknown', () => {
    expect(managersOf(members, 'rita')).toEqual([]);
    expect(managersOf(members, 'nobody')).toEqual([]);
  });
});
