import type { Playbook } from '../playbook/playbook-schema.ts';
import type { DealDraft } from '../revenue/deal-draft.ts';
import type { BusinessCalendar } from '../sla/business-calendar.ts';
import { calendarOf } from '../sla/calendar-of.ts';
import { demoDeal, LOST_REASONS } from './demo-deal.ts';
import type { DemoRandom } from './demo-random.ts';
import { type MqlJourney, mqlJourney } from './mql-journey.ts';
import { type PlannedTouch, type RelayStory, relayStory } from './relay-story.ts';

const DAY_MS = 86_400_000;

/**
 * The open MQLs in reps' inboxes now: how many business minutes ago each became MQL,
 * after how many business minutes its first touch came (null: not yet) and how many
 * attempts there were in all. With the default SLA (first touch in 60, three attempts in
 * two days, a decision in three days) this gives fresh clocks running and in warning, two
 * first touches breached, touched leads waiting for attempts and decisions, one attempts
 * clock breached.
 */
export const LIVE_SLOTS: readonly { ago: number; firstTouch: number | null; attempts: number }[] = [
  { ago: 4, firstTouch: null, attempts: 0 },
  { ago: 11, firstTouch: null, attempts: 0 },
  { ago: 19, firstTouch: null, attempts: 0 },
  { ago: 28, firstTouch: null, attempts: 0 },
  { ago: 36, firstTouch: 9, attempts: 1 },
  { ago: 47, firstTouch: null, attempts: 0 },
  { ago: 74, firstTouch: null, attempts: 0 },
  { ago: 120, firstTouch: 14, attempts: 1 },
  { ago: 185, firstTouch: 31, attempts: 2 },
  { ago: 250, firstTouch: 6, attempts: 2 },
  { ago: 330, firstTouch: null, attempts: 0 },
  { ago: 410, firstTouch: 48, attempts: 2 },
  { ago: 520, firstTouch: 12, attempts: 3 },
  { ago: 640, firstTouch: 22, attempts: 2 },
  { ago: 760, firstTouch: 7, attempts: 3 },
  { ago: 880, firstTouch: 41, attempts: 2 },
  { ago: 1010, firstTouch: 18, attempts: 3 },
  { ago: 1150, firstTouch: 26, attempts: 3 },
  { ago: 1290, firstTouch: 9, attempts: 2 },
  { ago: 1420, firstTouch: 15, attempts: 3 },
  { ago: 1560, firstTouch: 33, attempts: 3 },
  { ago: 1690, firstTouch: 11, attempts: 3 },
  { ago: 1780, firstTouch: 20, attempts: 3 },
];

/**
 * Where the open MQLs' companies are, in turn: mostly the Southeast (round robin in the
 * team), one in eight from the South and one from the Northeast (their regions' reps). Each
 * is a new company below 1000 employees, so no account owner or large-account rule takes
 * it: every rep at work gets a fair share of the inbox.
 */
const LIVE_STATES = ['SP', 'RJ', 'PR', 'SP', 'MG', 'BA', 'SP', 'RJ'] as const;

/** Decided MQLs before the live ones: this many business minutes of relay history (about five weeks). */
const HISTORY_BUSINESS_MINUTES = 24 * 600;
/** Business minutes between arrivals, on average, unless the caller says otherwise (about 11 MQLs a day). */
const MEAN_GAP_MINUTES = 55;
/** Where the open MQLs begin, in business minutes before now. */
const OLDEST_OPEN = (LIVE_SLOTS.at(-1)?.ago ?? 0) + 60;

/** When the relay's first MQL arrives: the history before it is imported, not played. */
export const relayStartsAt = (calendar: BusinessCalendar, now: number): number =>
  calendar.addBusinessMinutes(now, -(OLDEST_OPEN + HISTORY_BUSINESS_MINUTES));

/** One MQL through the live pipeline, with everything that happened to it up to now (absolute times). */
export interface PlannedRelayLead extends MqlJourney {
  /** Still open in a rep's inbox (no decision yet). */
  isOpen: boolean;
  touches: (Omit<PlannedTouch, 'after'> & { at: number })[];
  decision:
    | { at: number; decision: 'accept'; note: string }
    | { at: number; decision: 'reject'; reason: string; note: string }
    | null;
  /** Opened (and maybe closed) after an accept; every date is in the past. */
  deal: (DealDraft & { createdAt: number }) | null;
}

/**
 * The relay's recent past and present, placed in business time before `now` so the
 * inboxes look the same whatever the weekday or hour: about five weeks of MQLs that reps
 * touched and decided (with SLAs mostly met, some late), deals from the accepted ones, and
 * the open MQLs of `LIVE_SLOTS`. Oldest first.
 */
export function planRelay(
  random: DemoRandom,
  options: { now: number; playbook: Playbook; taken: Set<string>; meanGapMinutes?: number },
): PlannedRelayLead[] {
  const { now, playbook, taken } = options;
  const meanGap = options.meanGapMinutes ?? MEAN_GAP_MINUTES;
  const calendar = calendarOf(playbook);
  const at = (from: number, businessMinutes: number) => calendar.addBusinessMinutes(from, businessMinutes);
  const leads: PlannedRelayLead[] = [];
  for (let ago = OLDEST_OPEN + HISTORY_BUSINESS_MINUTES; ago > OLDEST_OPEN; ago -= gap(random, meanGap)) {
    const journey = mqlJourney(random, playbook, at(now, -ago), taken);
    const story = clampStory(relayStory(random, journey.source.channel), ago - 2);
    const decidedAt = at(journey.mqlAt, story.decision.after);
    leads.push({
      ...journey,
      isOpen: false,
      touches: story.touches.map(({ after, ...touch }) => ({ ...touch, at: at(journey.mqlAt, after) })),
      decision: { ...story.decision, at: decidedAt },
      deal: story.decision.decision === 'accept' ? dealAfter(random, journey, decidedAt, now) : null,
    });
  }
  for (const [i, slot] of LIVE_SLOTS.entries()) {
    const state = LIVE_STATES[i % LIVE_STATES.length] ?? 'SP';
    const journey = mqlJourney(random, playbook, at(now, -slot.ago), taken, { state, maxEmployees: 1000 });
    const touches: PlannedRelayLead['touches'] = [];
    if (slot.firstTouch !== null) {
      const channels = ['call', 'whatsapp', 'email'] as const;
      for (let i = 0; i < slot.attempts; i++) {
        const after = Math.min(
          slot.ago - 1,
          slot.firstTouch + i * Math.round((slot.ago - slot.firstTouch) / 3),
        );
        const channel = channels[i] ?? 'call';
        touches.push({
          at: at(journey.mqlAt, after),
          channel,
          outcome:
            channel === 'call'
              ? random.pick(['no_answer', 'left_voicemail', 'connected'] as const)
              : 'message_sent',
          ...(i === 0 && random.chance(0.5) ? { note: 'Pediu retorno amanhã às 10h' } : {}),
        });
      }
    }
    leads.push({ ...journey, isOpen: true, touches, decision: null, deal: null });
  }
  return leads;
}

/** Business minutes to the next arrival: exponential, never under 5. */
const gap = (random: DemoRandom, mean: number) =>
  Math.max(5, Math.round(-Math.log(1 - random.next()) * mean));

/** A story whose last step would fall after now is squeezed to end just before it. */
function clampStory(story: RelayStory, latest: number): RelayStory {
  const clamp = (after: number, index: number, count: number) => Math.min(after, latest - (count - index));
  const count = story.touches.length + 1;
  return {
    touches: story.touches.map((touch, i) => ({ ...touch, after: clamp(touch.after, i, count) })),
    decision: { ...story.decision, after: clamp(story.decision.after, count - 1, count) },
  };
}

/** Most accepted MQLs become deals a few days later; some are already won or lost. */
function dealAfter(
  random: DemoRandom,
  journey: MqlJourney,
  acceptedAt: number,
  now: number,
): PlannedRelayLead['deal'] {
  const openedAt = Math.round(acceptedAt + random.between(1, 6) * DAY_MS);
  if (!random.chance(0.6) || openedAt > now - DAY_MS) {
    return null;
  }
  const closedAt = Math.round(openedAt + random.between(5, 30) * DAY_MS);
  const status = closedAt > now ? 'open' : random.weighted({ won: 45, lost: 30, open: 25 });
  const { company } = journey.person;
  return {
    externalId: `demo:${journey.person.email}`,
    ...demoDeal(random, company.name, company.employees),
    currency: 'BRL',
    status,
    createdAt: openedAt,
    ...(status === 'open' ? {} : { closedAt }),
    ...(status === 'lost' ? { lostReason: random.pick(LOST_REASONS) } : {}),
  };
}
