import { describe, expect, it } from 'vitest';
import { factsFor, NOW, rep, route } from './routing-fixtures.test-support.ts';
import type { RoutingConfigInput } from './routing-schema.ts';

describe('chooseOwner: rules', () => {
  const regional: RoutingConfigInput = {
    rules: [
      {
        id: 'sul',
        when: [{ field: 'company.state', operator: 'in', values: ['RS', 'SC', 'PR'] }],
        assign: { user: 'Carla@acme.com.br' },
      },
      { id: 'inside', assign: { team: 'inside' } },
    ],
  };
  const members = [rep('ana'), rep('bruno'), rep('carla', { team: 'field' })];

  it('lets a region rule beat round robin', () => {
    expect(route({ routing: regional, members, facts: factsFor({ state: 'rs' }) })).toMatchObject({
      ok: true,
      userId: 'carla',
      ruleId: 'sul',
      counterUpdates: {},
    });
    expect(route({ routing: regional, members, facts: factsFor({ state: 'SP' }) })).toMatchObject({
      userId: 'ana',
      ruleId: 'inside',
    });
  });

  it('falls through to the next rule when the named user is unavailable, and says so', () => {
    const decision = route({
      routing: regional,
      members: [
        rep('ana'),
        rep('bruno'),
        rep('carla', { team: 'field', outOfOffice: [{ from: 0, to: NOW + 1 }] }),
      ],
      facts: factsFor({ state: 'SC' }),
    });
    expect(decision).toMatchObject({ ok: true, userId: 'ana', ruleId: 'inside' });
    expect(decision.candidates[0]).toEqual({
      userId: 'carla',
      ruleId: 'sul',
      eligible: false,
      reason: 'out_of_office',
    });
  });

  it('records an e-mail that matches no user', () => {
    const decision = route({ routing: regional, members: [rep('ana')], facts: factsFor({ state: 'PR' }) });
    expect(decision.candidates[0]).toEqual({
      userId: 'carla@acme.com.br',
      ruleId: 'sul',
      eligible: false,
      reason: 'unknown_user',
    });
  });

  it('matches channel, segment and size conditions together', () => {
    const routing: RoutingConfigInput = {
      rules: [
        {
          id: 'enterprise-events',
          when: [
            { field: 'channel', operator: 'equals', value: 'evento' },
            { field: 'company.segment', operator: 'in', values: ['Indústria'] },
            { field: 'company.employees', operator: 'range', min: 500 },
          ],
          assign: { user: 'carla@acme.com.br' },
        },
      ],
    };
    const big = factsFor({ segment: 'industria', employees: 800 }, 'Evento');
    const small = factsFor({ segment: 'industria', employees: 80 }, 'Evento');
    expect(route({ routing, members, facts: big })).toMatchObject({ ok: true, userId: 'carla' });
    expect(route({ routing, members, facts: small })).toMatchObject({ ok: false, reason: 'no_rule_matched' });
  });

  it('restricts a region-matched team to the reps covering the company’s state or region', () => {
    const routing: RoutingConfigInput = {
      rules: [{ id: 'by-region', assign: { team: 'inside', matchRegion: true } }],
    };
    const regionalReps = [rep('ana', { regions: ['SP'] }), rep('bruno', { regions: ['Sul', 'RJ'] })];
    expect(
      route({ routing, members: regionalReps, facts: factsFor({ state: 'SC', region: 'Sul' }) }),
    ).toMatchObject({
      userId: 'bruno',
    });
    const nobody = route({
      routing,
      members: regionalReps,
      facts: factsFor({ state: 'BA', region: 'Nordeste' }),
    });
    expect(nobody).toMatchObject({ ok: false, reason: 'no_eligible_member', queue: 'unassigned' });
    expect(nobody.candidates.map((candidate) => candidate.reason)).toEqual(['other_region', 'other_region']);
  });
});
