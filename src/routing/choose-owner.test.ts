import { describe, expect, it } from 'vitest';
import { NOW, rep, route, teamRouting } from './routing-fixtures.test-support.ts';

/** Routes `n` leads in a row, persisting counter increments between them. */
function routeMany(n: number, input: Parameters<typeof route>[0] = {}): string[] {
  const counters: Record<string, number> = {};
  const owners: string[] = [];
  for (let i = 0; i < n; i++) {
    const decision = route({ ...input, counters });
    if (!decision.ok) {
      throw new Error(decision.reason);
    }
    for (const [key, increment] of Object.entries(decision.counterUpdates)) {
      counters[key] = (counters[key] ?? 0) + increment;
    }
    owners.push(decision.userId);
  }
  return owners;
}

describe('chooseOwner: round robin', () => {
  it('alternates between two active reps', () => {
    expect(routeMany(4)).toEqual(['ana', 'bruno', 'ana', 'bruno']);
  });

  it('returns the counter increment to persist under team:user', () => {
    expect(route({ counters: { 'inside:ana': 1 } })).toMatchObject({
      ok: true,
      userId: 'bruno',
      ruleId: 'inside',
      counterUpdates: { 'inside:bruno': 1 },
    });
  });

  it('skips an inactive rep and records why', () => {
    const decision = route({ members: [rep('ana', { isActive: false }), rep('bruno')] });
    expect(decision).toMatchObject({ ok: true, userId: 'bruno' });
    expect(decision.candidates).toEqual([
      { userId: 'ana', ruleId: 'inside', eligible: false, reason: 'inactive' },
      { userId: 'bruno', ruleId: 'inside', eligible: true },
    ]);
  });

  it('skips a rep who is out of office now, and gives them leads again after', () => {
    const away = rep('ana', { outOfOffice: [{ from: NOW - 1_000, to: NOW + 1_000 }] });
    expect(routeMany(3, { members: [away, rep('bruno')] })).toEqual(['bruno', 'bruno', 'bruno']);
    expect(route({ members: [away, rep('bruno')], now: NOW + 1_000 })).toMatchObject({ userId: 'ana' });
  });

  it('skips a rep at capacity and a rep with zero weight', () => {
    const decision = route({
      members: [rep('ana', { capacity: 3, openMqls: 3 }), rep('bruno', { weight: 0 }), rep('carla')],
    });
    expect(decision).toMatchObject({ ok: true, userId: 'carla' });
    expect(decision.candidates.map((candidate) => candidate.reason ?? 'eligible')).toEqual([
      'at_capacity',
      'zero_weight',
      'eligible',
    ]);
  });

  it('gives a weight-2 rep twice the leads of a weight-1 rep', () => {
    const owners = routeMany(9, { members: [rep('ana', { weight: 2 }), rep('bruno')] });
    expect(owners.filter((id) => id === 'ana')).toHaveLength(6);
  });

  it('only rotates among the team named by the rule', () => {
    expect(routeMany(3, { members: [rep('ana'), rep('zeca', { team: 'field' })] })).toEqual([
      'ana',
      'ana',
      'ana',
    ]);
  });
});

describe('chooseOwner: account owner', () => {
  it('gives the lead to the account owner first, outside round robin', () => {
    const decision = route({ accountOwnerId: 'bruno', counters: { 'inside:bruno': 9 } });
    expect(decision).toEqual({
      ok: true,
      userId: 'bruno',
      ruleId: 'account_owner',
      candidates: [{ userId: 'bruno', ruleId: 'account_owner', eligible: true }],
      counterUpdates: {},
    });
  });

  it('keeps the account with its owner even at capacity or zero weight', () => {
    const owner = rep('bruno', { capacity: 1, openMqls: 4, weight: 0 });
    expect(route({ accountOwnerId: 'bruno', members: [rep('ana'), owner] })).toMatchObject({
      userId: 'bruno',
    });
  });

  it('passes over an inactive or unknown owner to the rules', () => {
    const inactive = route({
      accountOwnerId: 'bruno',
      members: [rep('ana'), rep('bruno', { isActive: false })],
    });
    expect(inactive).toMatchObject({ ok: true, userId: 'ana', ruleId: 'inside' });
    expect(inactive.candidates[0]).toEqual({
      userId: 'bruno',
      ruleId: 'account_owner',
      eligible: false,
      reason: 'inactive',
    });
    const unknown = route({ accountOwnerId: 'gone' });
    expect(unknown.candidates[0]).toMatchObject({ userId: 'gone', reason: 'unknown_user' });
  });

  it('ignores the owner when the playbook turns account-owner-first off', () => {
    expect(
      route({ routing: { ...teamRouting, accountOwnerFirst: false }, accountOwnerId: 'bruno' }),
    ).toMatchObject({
      userId: 'ana',
      ruleId: 'inside',
    });
  });
});

describe('chooseOwner: fallback and reassignment', () => {
  it('queues the lead when no rule matches', () => {
    expect(route({ routing: {} })).toEqual({
      ok: false,
      ruleId: 'fallback',
      queue: 'unassigned',
      reason: 'no_rule_matched',
      candidates: [],
    });
  });

  it('queues in the playbook’s queue when everyone is unavailable', () => {
    const decision = route({
      routing: { ...teamRouting, fallback: { queue: 'triagem' } },
      members: [rep('ana', { isActive: false })],
    });
    expect(decision).toMatchObject({ ok: false, queue: 'triagem', reason: 'no_eligible_member' });
  });

  it('rotates in the fallback team when no rule takes the lead', () => {
    const decision = route({ routing: { fallback: { team: 'inside' } } });
    expect(decision).toMatchObject({
      ok: true,
      userId: 'ana',
      ruleId: 'fallback',
      counterUpdates: { 'inside:ana': 1 },
    });
  });

  it('leaves out excluded users, so a breached lead goes to someone else', () => {
    const decision = route({ excludeUserIds: ['ana'] });
    expect(decision).toMatchObject({ ok: true, userId: 'bruno' });
    expect(decision.candidates[0]).toEqual({
      userId: 'ana',
      ruleId: 'inside',
      eligible: false,
      reason: 'excluded',
    });
  });
});
