import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventType } from '../events/event.ts';
import { defaultPlaybook } from '../playbook/default-playbook.ts';
import { validatePlaybook } from '../playbook/parse-playbook.ts';
import type { Decay, Playbook } from '../playbook/playbook-schema.ts';
import { DAY_MS } from './decay.ts';
import { firstQualification } from './first-qualification.ts';
import { scoreLead } from './score-lead.ts';
import type { ScoredEvent, ScoringFacts } from './scoring-facts.ts';

const T0 = Date.parse('2026-01-05T12:00:00Z');
const PLAYBOOK = defaultPlaybook();

const facts = (jobTitle: string, employees: number | null): ScoringFacts => ({
  lead: { email: 'ana@acme.com.br', name: 'Ana', jobTitle, phone: null, fields: {}, firstTouch: null },
  company: {
    domain: null,
    segment: 'software',
    size: null,
    employees,
    state: 'SP',
    region: null,
    country: null,
    fields: {},
  },
});
/** 80 points: A. */
const GRADE_A = facts('Diretora', 120);
/** 35 points: C. */
const GRADE_C = facts('Analista', null);
/** 35 - 30 points: D. */
const GRADE_D = facts('Estagiário', null);

const event = (
  id: string,
  type: EventType,
  day: number,
  props: Record<string, unknown> = {},
): ScoredEvent => ({
  id,
  type,
  occurredAt: T0 + day * DAY_MS,
  props,
});

describe('firstQualification', () => {
  it('returns the event at which engagement first reaches the rule, whatever the input order', () => {
    const events = [
      event('webinar', 'webinar', 1),
      event('pricing', 'page_view', 0, { url: '/precos' }),
      event('download', 'download', 1.01),
      event('late', 'download', 5),
    ];
    expect(firstQualification(PLAYBOOK, GRADE_A, events)).toEqual({
      at: T0 + 1.01 * DAY_MS,
      eventId: 'download',
      condition: 'perfil-e-engajamento',
    });
  });

  it('lets decay undo progress: the same events spread over months never qualify', () => {
    const events = [
      event('pricing', 'page_view', 0, { url: '/precos' }),
      event('webinar', 'webinar', 60),
      event('download', 'download', 120),
    ];
    expect(firstQualification(PLAYBOOK, GRADE_A, events)).toBeNull();
  });

  it('qualifies on a hand-raise from a grade-C lead and never from a grade-D one', () => {
    const events = [event('visit', 'page_view', 0), event('demo', 'demo_request', 3)];
    expect(firstQualification(PLAYBOOK, GRADE_C, events)).toEqual({
      at: T0 + 3 * DAY_MS,
      eventId: 'demo',
      condition: 'mao-levantada',
    });
    expect(firstQualification(PLAYBOOK, GRADE_D, events)).toBeNull();
  });

  it('counts events at the same instant together and names the last of them', () => {
    const events = [event('b', 'webinar', 1), event('a', 'webinar', 1), event('c', 'download', 1)];
    expect(firstQualification(PLAYBOOK, GRADE_A, events)).toEqual({
      at: T0 + DAY_MS,
      eventId: 'c',
      condition: 'perfil-e-engajamento',
    });
  });

  it('returns a qualification only inside [from, to), and none for a lead that qualified before `from`', () => {
    const events = [event('demo', 'demo_request', 3)];
    const at = T0 + 3 * DAY_MS;
    expect(firstQualification(PLAYBOOK, GRADE_C, events, { from: at, to: at + 1 })?.eventId).toBe('demo');
    expect(firstQualification(PLAYBOOK, GRADE_C, events, { from: at + 1 })).toBeNull();
    expect(firstQualification(PLAYBOOK, GRADE_C, events, { to: at })).toBeNull();
  });

  it('returns null without events', () => {
    expect(firstQualification(PLAYBOOK, GRADE_A, [])).toBeNull();
  });
});

describe('firstQualification near a threshold', () => {
  it('asks the exact score when rounding to the cent decides, and finds the MQL a running sum would miss', () => {
    const result = validatePlaybook({
      ...PLAYBOOK,
      engagement: {
        decay: { mode: 'half_life', days: 30 },
        rules: [{ id: 'visit', event: 'page_view', points: 1, repeat: 'each' }],
      },
      mql: { anyOf: [{ id: 'engaged', minEngagement: 2.02 }] },
    });
    if (!result.ok) {
      throw new Error(JSON.stringify(result.problems));
    }
    // Two visits at an age where each is worth 0.506 (rounded to 0.51), then one now:
    // exactly 0.51 + 0.51 + 1 = 2.02 to the cent, though the unrounded sum is 2.012.
    const age = Math.round(30 * DAY_MS * Math.log2(1 / 0.506));
    const now = T0 + age;
    const events = [
      event('a', 'page_view', 0),
      event('b', 'page_view', 0),
      { ...event('c', 'page_view', 0), occurredAt: now },
    ];
    expect(scoreLead(result.playbook, GRADE_A, events, now).engagement).toBe(2.02);
    expect(firstQualification(result.playbook, GRADE_A, events)).toEqual({
      at: now,
      eventId: 'c',
      condition: 'engaged',
    });
  });
});

describe('firstQualification agrees with scoreLead', () => {
  function variant(decay: Decay, minEngagement: number): Playbook {
    const result = validatePlaybook({
      ...PLAYBOOK,
      engagement: { ...PLAYBOOK.engagement, decay, totalCap: 70 },
      mql: {
        anyOf: [
          { id: 'engaged', minGrade: 'B', minEngagement },
          { id: 'hand-raise', handRaise: ['proposal_request'], handRaiseWithinDays: 10, minGrade: 'C' },
        ],
      },
    });
    if (!result.ok) {
      throw new Error(JSON.stringify(result.problems));
    }
    return result.playbook;
  }

  const playbooks = [
    variant({ mode: 'half_life', days: 7 }, 33.33),
    variant({ mode: 'half_life', days: 30 }, 50),
    variant({ mode: 'expire', days: 20 }, 45),
    variant({ mode: 'none' }, 60),
  ];
  const eventArbitrary = fc.record({
    id: fc.uuid(),
    type: fc.constantFrom<EventType>(
      'page_view',
      'email_open',
      'email_click',
      'webinar',
      'download',
      'email_bounce',
      'proposal_request',
    ),
    // Coarse times so that several events share an instant.
    occurredAt: fc.integer({ min: 0, max: 400 }).map((quarterDay) => T0 + quarterDay * (DAY_MS / 4)),
    props: fc.record({ url: fc.constantFrom('/precos', '/blog') }),
  });

  it('returns exactly the first event time at which scoreLead says MQL', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...playbooks),
        fc.constantFrom(GRADE_A, GRADE_C, GRADE_D),
        fc.array(eventArbitrary, { maxLength: 40 }),
        (playbook, lead, events) => {
          const times = [...new Set(events.map((e) => e.occurredAt))].sort((a, b) => a - b);
          const firstAt = times.find((t) => scoreLead(playbook, lead, events, t).mqlRule.passed);
          const result = firstQualification(playbook, lead, events);
          expect(result?.at).toBe(firstAt);
          if (result && firstAt !== undefined) {
            expect(result.condition).toBe(scoreLead(playbook, lead, events, firstAt).mqlRule.condition);
            expect(events.find((e) => e.id === result.eventId)?.occurredAt).toBe(firstAt);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
