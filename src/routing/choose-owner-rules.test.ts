import { describe, expect, it } from 'vitest';
import type { ScoringFacts } from '../scoring/scoring-facts.ts';
import { chooseOwner, type RoutingInput } from './choose-owner.ts';
import { type RoutingConfigInput, routingSchema } from './routing-schema.ts';
import type { TeamMember } from './team-member.ts';

const NOW = Date.parse('2026-03-13T14:00:00-03:00');

const rep = (userId: string, overrides: Partial<TeamMember> = {}): TeamMember => ({
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

const factsFor = (
  company: Partial<NonNullable<ScoringFacts['company']>> | null,
  channel: string | null = null,
): ScoringFacts => ({
  lead: {
    email: 'lead@cliente.com.br',
    name: 'Lia',
    jobTitle: 'Diretora',
    phone: null,
    fields: {},
    firstTouch:
      channel === null
        ? null
        : {
            channel,
            campaign: null,
            medium: null,
            content: null,
            term: null,
            landingPage: null,
            referrer: null,
            at: 0,
          },
  },
  company:
    company === null
      ? null
      : {
          domain: null,
          segment: null,
          size: null,
          employees: null,
          state: null,
          region: null,
          country: 'BR',
          fields: {},
          ...company,
        },
});

const teamRouting: RoutingConfigInput = { rules: [{ id: 'inside', assign: { team: 'inside' } }] };

const route = (overrides: Partial<Omit<RoutingInput, 'routing'>> & { routing?: RoutingConfigInput } = {}) =>
  chooseOwner({
    facts: factsFor({ state: 'SP' }),
    accountOwnerId: null,
    members: [rep('ana'), rep('bruno')],
    counters: {},
    now: NOW,
    ...overrides,
    routing: routingSchema.parse(overrides.routing ?? teamRouting),
  });

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
