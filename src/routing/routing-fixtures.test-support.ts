import type { ScoringFacts } from '../scoring/scoring-facts.ts';
import { chooseOwner, type RoutingInput } from './choose-owner.ts';
import { type RoutingConfigInput, routingSchema } from './routing-schema.ts';
import type { TeamMember } from './team-member.ts';

/** Shared fixtures of the routing tests: reps, lead facts, and `chooseOwner` with defaults. */
export const NOW = Date.parse('2026-03-13T14:00:00-03:00');

export const rep = (userId: string, overrides: Partial<TeamMember> = {}): TeamMember => ({
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

export const factsFor = (
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

export const teamRouting: RoutingConfigInput = { rules: [{ id: 'inside', assign: { team: 'inside' } }] };

export const route = (
  overrides: Partial<Omit<RoutingInput, 'routing'>> & { routing?: RoutingConfigInput } = {},
) =>
  chooseOwner({
    facts: factsFor({ state: 'SP' }),
    accountOwnerId: null,
    members: [rep('ana'), rep('bruno')],
    counters: {},
    now: NOW,
    ...overrides,
    routing: routingSchema.parse(overrides.routing ?? teamRouting),
  });
