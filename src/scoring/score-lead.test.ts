import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type EventType } from '../events/event.ts';
import { defaultPlaybook } from '../playbook/default-playbook.ts';
import { validatePlaybook } from '../playbook/parse-playbook.ts';
import type { Playbook } from '../playbook/playbook-schema.ts';
import { toCents } from './compile-playbook.ts';
import { DAY_MS } from './decay.ts';
import { scoreLead } from './score-lead.ts';
import type { ScoredEvent, ScoringFacts } from './scoring-facts.ts';

const NOW = Date.parse('2026-03-13T12:00:00Z');
const PLAYBOOK = defaultPlaybook();

function facts(
  jobTitle: string | null,
  company: Partial<NonNullable<ScoringFacts['company']>> | null,
): ScoringFacts {
  return {
    lead: { email: 'ana@acme.com.br', name: 'Ana', jobTitle, phone: null, fields: {}, firstTouch: null },
    company: company && {
      domain: 'acme.com.br',
      segment: null,
      size: null,
      employees: null,
      state: null,
      region: null,
      country: 'BR',
      fields: {},
      ...company,
    },
  };
}

/** Under the default playbook: segment 20 + decisor 25 + mid-size 20 + SP 15 = 80 (A). */
const GRADE_A = facts('Diretora Comercial', { segment: 'Software', employees: 120, state: 'SP' });
/** Analyst at a software company in SP: 20 + 15 = 35 (C). */
const GRADE_C = facts('Analista de Marketing', { segment: 'software', state: 'SP' });
/** Student with no company: -30 (D). */
const GRADE_D = facts('Estudante', null);

let sequence = 0;
const event = (type: EventType, ageDays = 0, props: Record<string, unknown> = {}): ScoredEvent => ({
  id: `e${String(++sequence).padStart(5, '0')}`,
  type,
  occurredAt: NOW - ageDays * DAY_MS,
  props,
});

describe('scoreLead under the default playbook', () => {
  it('grades a decision maker at a mid-size software company in SP as A with fit 80', () => {
    const score = scoreLead(PLAYBOOK, GRADE_A, [], NOW);
    expect(score).toMatchObject({ fit: 80, grade: 'A', engagement: 0 });
    expect(score.contributions.map((c) => c.rule)).toEqual([
      'segmento-alvo',
      'decisor',
      'porte-medio',
      'sudeste-sul',
    ]);
  });

  it('makes a B-or-better lead MQL once engagement reaches 50, and says which condition passed', () => {
    const events = [event('page_view', 0, { url: '/precos' }), event('webinar'), event('download')];
    const score = scoreLead(PLAYBOOK, GRADE_A, events, NOW);
    expect(score.engagement).toBe(51);
    expect(score.mqlRule).toEqual({
      passed: true,
      why: 'MQL by perfil-e-engajamento: grade A meets B and engagement 51 reaches 50',
      condition: 'perfil-e-engajamento',
    });
  });

  it('explains what is missing when no condition holds', () => {
    const score = scoreLead(PLAYBOOK, GRADE_C, [event('webinar'), event('download')], NOW);
    expect(score.mqlRule).toEqual({
      passed: false,
      why: 'not MQL: perfil-e-engajamento: grade C is below B and engagement 30 is below 50; mao-levantada: no hand-raise (demo_request or proposal_request)',
      condition: null,
    });
  });

  it('stops being MQL by engagement as points decay: 51 today is 25.5 thirty days later', () => {
    const events = [event('page_view', 0, { url: '/precos' }), event('webinar'), event('download')];
    const later = scoreLead(PLAYBOOK, GRADE_A, events, NOW + 30 * DAY_MS);
    expect(later.engagement).toBe(25.5);
    expect(later.mqlRule.passed).toBe(false);
  });

  it('qualifies a hand-raise from a grade-C lead but not from a grade-D one', () => {
    const demo = event('demo_request', 2);
    const fromC = scoreLead(PLAYBOOK, GRADE_C, [demo], NOW);
    expect(fromC.mqlRule.passed).toBe(true);
    expect(fromC.mqlRule.condition).toBe('mao-levantada');
    expect(fromC.mqlRule.why).toBe(
      `MQL by mao-levantada: grade C meets C and hand-raise demo_request at ${new Date(demo.occurredAt).toISOString()}`,
    );
    const fromD = scoreLead(PLAYBOOK, GRADE_D, [demo], NOW);
    expect(fromD.grade).toBe('D');
    expect(fromD.mqlRule.passed).toBe(false);
    expect(fromD.mqlRule.why).toContain('mao-levantada: grade D is below C');
  });

  it('does not reuse a hand-raise from before `handRaiseSince`, but counts one at or after it', () => {
    const rejectedAt = NOW - 10 * DAY_MS;
    const old = event('proposal_request', 20);
    const stale = scoreLead(PLAYBOOK, GRADE_C, [old], NOW, { handRaiseSince: rejectedAt });
    expect(stale.mqlRule.passed).toBe(false);
    expect(stale.mqlRule.why).toContain(
      `no hand-raise (demo_request or proposal_request) since ${new Date(rejectedAt).toISOString()}`,
    );
    const atTheLimit = { ...event('demo_request'), occurredAt: rejectedAt };
    expect(
      scoreLead(PLAYBOOK, GRADE_C, [old, atTheLimit], NOW, { handRaiseSince: rejectedAt }).mqlRule.passed,
    ).toBe(true);
  });

  it('does not count a hand-raise after the scoring time', () => {
    const demo = event('demo_request', -1);
    expect(scoreLead(PLAYBOOK, GRADE_C, [demo], NOW).mqlRule.passed).toBe(false);
  });

  it('honours handRaiseWithinDays and minFit when a playbook uses them', () => {
    const result = validatePlaybook({
      ...PLAYBOOK,
      mql: {
        anyOf: [{ id: 'recent-demo', handRaise: ['demo_request'], handRaiseWithinDays: 7, minFit: 30 }],
      },
    });
    if (!result.ok) {
      throw new Error(JSON.stringify(result.problems));
    }
    expect(scoreLead(result.playbook, GRADE_C, [event('demo_request', 7)], NOW).mqlRule.passed).toBe(true);
    const old = scoreLead(result.playbook, GRADE_C, [event('demo_request', 8)], NOW).mqlRule;
    expect(old.passed).toBe(false);
    expect(old.why).toBe('not MQL: recent-demo: no hand-raise (demo_request) in the last 7 days');
    const lowFit = scoreLead(result.playbook, GRADE_D, [event('demo_request')], NOW).mqlRule;
    expect(lowFit.why).toBe('not MQL: recent-demo: fit -30 is below 30');
  });
});

describe('the explanation adds up', () => {
  const tight = (() => {
    const result = validatePlaybook({
      ...PLAYBOOK,
      engagement: {
        ...PLAYBOOK.engagement,
        totalCap: 60,
        rules: PLAYBOOK.engagement.rules.map((rule) => ({
          ...rule,
          cap: rule.cap === undefined ? undefined : rule.cap / 2,
        })),
      },
    });
    if (!result.ok) {
      throw new Error(JSON.stringify(result.problems));
    }
    return result.playbook;
  })();
  const expiring: Playbook = {
    ...PLAYBOOK,
    engagement: { ...PLAYBOOK.engagement, decay: { mode: 'expire', days: 45 } },
  };

  const eventArbitrary = fc.record({
    id: fc.uuid(),
    type: fc.constantFrom(...EVENT_TYPES),
    occurredAt: fc.integer({ min: NOW - 400 * DAY_MS, max: NOW + 5 * DAY_MS }),
    props: fc.record({ url: fc.constantFrom('/precos', '/pricing', '/blog', 'https://x.com/planos') }),
  });
  const factsArbitrary = fc.record({
    jobTitle: fc.constantFrom('CEO', 'Analista', 'Estudante', 'Gerente de TI', null),
    employees: fc.option(fc.integer({ min: 1, max: 5000 })),
    state: fc.constantFrom('SP', 'BA', 'rs', null),
  });

  it('fit lines sum to fit and engagement and cap lines sum to engagement, to the cent', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(PLAYBOOK, tight, expiring),
        factsArbitrary,
        fc.array(eventArbitrary, { maxLength: 60 }),
        fc.integer({ min: NOW - 100 * DAY_MS, max: NOW }),
        (playbook, f, events, asOf) => {
          const score = scoreLead(playbook, facts(f.jobTitle, { segment: 'software', ...f }), events, asOf);
          const cents = (kinds: string[]) =>
            score.contributions
              .filter((c) => kinds.includes(c.kind))
              .reduce((sum, c) => sum + toCents(c.decayedPoints), 0);
          expect(cents(['fit'])).toBe(toCents(score.fit));
          expect(cents(['engagement', 'cap'])).toBe(toCents(score.engagement));
          expect(
            score.contributions.filter((c) => c.kind !== 'fit').reduce((sum, c) => sum + c.decayedPoints, 0),
          ).toBeCloseTo(score.engagement, 9);
          if (playbook.engagement.totalCap !== undefined) {
            expect(score.engagement).toBeLessThanOrEqual(playbook.engagement.totalCap);
          }
          for (const line of score.contributions.filter((c) => c.eventId !== undefined)) {
            const source = events.find((e) => e.id === line.eventId);
            expect(source?.occurredAt).toBeLessThanOrEqual(asOf);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
