import type { EventType } from '../events/event.ts';
import type { Playbook } from '../playbook/playbook-schema.ts';
import { touch } from '../revenue/imports/columns.ts';
import { scoreLead } from '../scoring/score-lead.ts';
import { demoSource } from './demo-channels.ts';
import type { DemoRandom } from './demo-random.ts';
import { type FakePerson, fakePerson, type NewCompany } from './fake-person.ts';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export interface JourneyEvent {
  type: EventType;
  at: number;
  props: Record<string, unknown>;
}

/** A person's way to MQL: first visit, what they did, and the event that crossed the rule at `mqlAt`. */
export interface MqlJourney {
  person: FakePerson;
  source: ReturnType<typeof demoSource>;
  firstSeenAt: number;
  events: JourneyEvent[];
  mqlAt: number;
}

/** Tries before giving up on finding a person the MQL rule accepts (each try is a new person). */
const MAX_TRIES = 30;

/**
 * An invented person who becomes MQL at `mqlAt` under `playbook` — by asking for a demo
 * or a proposal (a hand-raise), or by reading pricing pages after content (engagement with
 * a good fit) — checked with the real scoring (`scoreLead`), so the live pipeline fed with
 * these events makes the same decision. Every event is at or before `mqlAt`. With
 * `newCompany` the person works at a company nobody planned before, in the state given.
 */
export function mqlJourney(
  random: DemoRandom,
  playbook: Playbook,
  mqlAt: number,
  taken: Set<string>,
  newCompany?: NewCompany,
): MqlJourney {
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const profile = attempt === 0 && random.chance(0.25) ? 'average' : 'good';
    const person = fakePerson(random, taken, profile, newCompany);
    const source = demoSource(random);
    const firstSeenAt = mqlAt - random.between(0.3, 18) * DAY_MS;
    const events = journeyEvents(random, source, firstSeenAt, mqlAt);
    const facts = {
      lead: {
        email: person.email,
        name: person.name,
        jobTitle: person.jobTitle,
        phone: person.phone,
        fields: {},
        firstTouch: touch(firstSeenAt, source),
      },
      company: { ...person.company, size: null, fields: {} },
    };
    const ids = events.map((event, i) => ({ ...event, id: String(i), occurredAt: event.at }));
    if (scoreLead(playbook, facts, ids, mqlAt).mqlRule.passed) {
      return { person, source, firstSeenAt, events, mqlAt };
    }
    taken.delete(person.email);
  }
  throw new Error('the playbook’s MQL rule accepted none of the invented people; check its fit rules');
}

function journeyEvents(
  random: DemoRandom,
  source: ReturnType<typeof demoSource>,
  firstSeenAt: number,
  mqlAt: number,
): JourneyEvent[] {
  const between = (from: number, to: number) => Math.round(random.between(from, to));
  const utm = source.campaign ? { utm_source: source.channel, utm_campaign: source.campaign } : {};
  const events: JourneyEvent[] = [
    { type: 'page_view', at: Math.round(firstSeenAt), props: { url: source.landingPage, ...utm } },
  ];
  for (let i = random.int(1, 4); i > 0; i--) {
    const type = random.pick<EventType>(['page_view', 'page_view', 'email_open', 'email_click', 'download']);
    const url = random.pick(['/blog/sla-marketing-vendas', '/blog/lead-scoring', '/cases', '/integracoes']);
    events.push({
      type,
      at: between(firstSeenAt, mqlAt - 30 * MINUTE_MS),
      props: type === 'download' ? { content: 'ebook-funil-b2b' } : type === 'page_view' ? { url } : {},
    });
  }
  const path = random.weighted({ demo_request: 55, proposal_request: 10, engaged: 35 });
  if (path === 'engaged') {
    events.push(
      {
        type: 'webinar',
        at: between(firstSeenAt, mqlAt - 60 * MINUTE_MS),
        props: { title: 'Lead scoring na prática' },
      },
      { type: 'page_view', at: mqlAt - between(5, 40) * MINUTE_MS, props: { url: '/precos' } },
      { type: 'page_view', at: mqlAt, props: { url: '/precos#planos' } },
    );
  } else {
    events.push({ type: path, at: mqlAt, props: { form: path === 'demo_request' ? 'demo' : 'proposta' } });
  }
  return events.sort((a, b) => a.at - b.at);
}
