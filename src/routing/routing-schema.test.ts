import { describe, expect, it } from 'vitest';
import { routingSchema } from './routing-schema.ts';

const issuesOf = (input: unknown) =>
  (routingSchema.safeParse(input).error?.issues ?? []).map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );

describe('routingSchema', () => {
  it('defaults to account owner first, no rules and the unassigned queue', () => {
    const expected = { accountOwnerFirst: true, rules: [], fallback: { queue: 'unassigned' } };
    expect(routingSchema.parse({})).toEqual(expected);
    expect(routingSchema.parse(undefined)).toEqual(expected);
  });

  it('reads rules with fit-style conditions, a user e-mail in lower case and team targets', () => {
    const routing = routingSchema.parse({
      rules: [
        {
          id: 'sul',
          label: { 'pt-BR': 'Região Sul', en: 'South' },
          when: [{ field: 'company.state', operator: 'in', values: ['RS', 'SC', 'PR'] }],
          assign: { user: 'Carla@Acme.com.br' },
        },
        { id: 'inside', assign: { team: 'inside', matchRegion: true } },
      ],
      fallback: { team: 'inside' },
    });
    expect(routing.rules[0]?.assign).toEqual({ user: 'carla@acme.com.br' });
    expect(routing.rules[1]?.assign).toEqual({ team: 'inside', matchRegion: true });
    expect(routing.fallback).toEqual({ team: 'inside', matchRegion: false });
  });

  it('reports unknown fields, missing operands, bad targets and reserved ids at their paths', () => {
    expect(
      issuesOf({
        rules: [
          { id: 'fallback', when: [{ field: 'company.estado', operator: 'in' }], assign: { person: 'x' } },
          { id: 'b', assign: { user: 'not-an-email' } },
        ],
        fallback: { team: '' },
      }),
    ).toEqual([
      'rules.0.id: "fallback" is reserved for the routing decision; choose another id',
      expect.stringMatching(
        /^rules\.0\.when\.0\.field: unknown field "company\.estado"; use one of jobTitle, /,
      ),
      'rules.0.when.0.values: operator "in" needs `values`, a list such as [SP, RJ]',
      'rules.0.assign: must be { user: <e-mail> } or { team: <name> }',
      'rules.1.assign.user: must be the e-mail of a user',
      // The union reports inside the branch the input chose (it has `team`).
      'fallback.team: must name a team',
    ]);
    expect(issuesOf({ fallback: { person: 'x' } })).toEqual([
      'fallback: must be { queue: <name> } or { team: <name> }',
    ]);
  });

  it('refuses two rules with the same id', () => {
    expect(
      issuesOf({
        rules: [
          { id: 'a', assign: { team: 'x' } },
          { id: 'a', assign: { team: 'y' } },
        ],
      }),
    ).toEqual(['rules.1.id: duplicate rule id "a": already used at rules[0]']);
  });
});
