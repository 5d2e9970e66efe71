import type { TeamMember } from './team-member.ts';

/**
 * The active managers of a user's team, who receive that user's escalations; the user
 * is left out (a manager who owns a lead is not escalated to themselves).
 *
 * @example managersOf(members, 'u-ana') // [{ userId: 'u-rita', managerOf: ['inside'], … }]
 */
export function managersOf(members: readonly TeamMember[], userId: string): TeamMember[] {
  const team = members.find((member) => member.userId === userId)?.team ?? null;
  if (team === null) {
    return [];
  }
  return members.filter(
    (member) => member.isActive && member.userId !== userId && member.managerOf.includes(team),
  );
}
