/** A member taking part in a team's round robin: eligible now, with a weight above 0. */
export interface RoundRobinMember {
  userId: string;
  weight: number;
}

export interface RoundRobinPick {
  userId: string;
  /** The counter key, `${team}:${userId}`. */
  key: string;
  /** What to add to the stored counter (1, or more when a member catches up; see below). */
  increment: number;
}

/**
 * The counter key of a member in a team's round robin.
 *
 * @example roundRobinKey('inside', 'u-ana') // 'inside:u-ana'
 */
export const roundRobinKey = (team: string, userId: string): string => `${team}:${userId}`;

/**
 * Weighted round robin from persisted counters (leads each member received from this
 * team's rotation): the member with the lowest `counter / weight` gets the lead, ties
 * going to the smaller counter, then the smaller user id. Only the stored counters
 * decide, so the choice is the same in every process and after a restart.
 *
 * A member far behind (new to the team, back from holidays, freed from capacity) would
 * otherwise take every lead until level; instead their counter is first raised to one
 * round behind the leader (`max ratio − max 1/weight`), so they get the next lead or two,
 * not the next twenty. Members that stay eligible are never behind by more than that, so
 * this never changes a steady rotation: two equal reps alternate, weights 2 and 1 share 2:1.
 *
 * @example pickRoundRobin('inside', [{ userId: 'a', weight: 1 }, { userId: 'b', weight: 1 }], { 'inside:a': 3, 'inside:b': 2 })
 * // { userId: 'b', key: 'inside:b', increment: 1 }
 */
export function pickRoundRobin(
  team: string,
  members: readonly RoundRobinMember[],
  counters: Readonly<Record<string, number>>,
): RoundRobinPick | null {
  const taking = members.filter((member) => member.weight > 0);
  if (taking.length === 0) {
    return null;
  }
  const stored = taking.map((member) => ({
    ...member,
    key: roundRobinKey(team, member.userId),
    counter: counters[roundRobinKey(team, member.userId)] ?? 0,
  }));
  const leader = Math.max(...stored.map((member) => member.counter / member.weight));
  const round = Math.max(...stored.map((member) => 1 / member.weight));
  const floor = leader - round;
  const levelled = stored.map((member) => {
    // Rounded to a whole lead; the epsilon keeps 2.9999999 from becoming 3 leads short.
    const counter = Math.max(member.counter, Math.ceil(floor * member.weight - 1e-9));
    return { ...member, levelled: counter, ratio: counter / member.weight };
  });
  levelled.sort(
    (a, b) =>
      a.ratio - b.ratio || a.counter - b.counter || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0),
  );
  const chosen = levelled[0];
  if (!chosen) {
    return null;
  }
  return { userId: chosen.userId, key: chosen.key, increment: chosen.levelled - chosen.counter + 1 };
}
