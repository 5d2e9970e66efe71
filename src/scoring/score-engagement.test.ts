import { describe, expect, it } from 'vitest';
import type { EventType } from '../events/event.ts';
import { defaultPlaybook } from '../playbook/default-playbook.ts';
import { validatePlaybook } from '../playbook/parse-playbook.ts';
import type { Decay, Playbook, PlaybookInput } from '../playbook/playbook-schema.ts';
import { compilePlaybook } from './compile-playbook.ts';
import { DAY_MS } from './decay.ts';
import { scoreEngagement, TOTAL_CAP_RULE } from './score-engagement.ts';
import type { ScoredEvent } from './scoring-facts.ts';

type RuleInput = PlaybookInput['engagement']['rules'][number];

function engagementPlaybook(
  rules: RuleInput[],
  decay: Decay = { mode: 'none' },
  totalCap?: number,
): Playbook {
  const result = validatePlaybook({ ...defaultPlaybook(), engagement: { rules, decay, totalCap } });
  if (!result.ok) {
    throw new Error(JSON.stringify(result.problems));
  }
  return result.playbook;
}

const NOW = Date.parse('2026-03-13T12:00:00Z');
let sequence = 0;
const event = (type: EventType, ageDays = 0, props: Record<string, unknown> = {}): ScoredEvent => ({
  id: `e${String(++sequence).padStart(4, '0')}`,
  type,
  occurredAt: NOW - ageDays * DAY_MS,
  props,
});

const engagementOf = (playbook: Playbook, events: ScoredEvent[], asOf = NOW) =>
  scoreEngagement(compilePlaybook(playbook), events, asOf);

describe('scoreEngagement', () => {
  it('counts every matching event for `each` and only the newest for `once`', () => {
    const playbook = engagementPlaybook([
      { id: 'visit', event: 'page_view', points: 2, repeat: 'each' },
      { id: 'demo', event: 'demo_request', points: 40, repeat: 'once' },
    ]);
    const older = event('demo_request', 3);
    const newer = event('demo_request', 1);
    const result = engagementOf(playbook, [
      event('page_view'),
      event('page_view'),
      newer,
      older,
      event('page_view'),
    ]);
    expect(result.cents).toBe(3 * 200 + 4000);
    expect(result.contributions.filter((c) => c.rule === 'demo')).toEqual([
      { rule: 'demo', kind: 'engagement', points: 40, decayedPoints: 40, eventId: newer.id },
    ]);
  });

  it('fires only when every `when` condition holds on the props, nested paths included', () => {
    const playbook = engagementPlaybook([
      {
        id: 'pricing',
        event: 'page_view',
        when: [{ field: 'url', operator: 'contains', values: ['/pricing', '/precos'] }],
        points: 15,
        repeat: 'each',
      },
      {
        id: 'ebook-sla',
        event: 'download',
        when: [
          { field: 'content.id', operator: 'equals', value: 'ebook-sla' },
          { field: 'campaign', operator: 'in', values: ['black-friday', 'q1'] },
        ],
        points: 10,
        repeat: 'each',
      },
    ]);
    const result = engagementOf(playbook, [
      event('page_view', 0, { url: 'https://acme.com.br/PRECOS' }),
      event('page_view', 0, { url: 'https://acme.com.br/blog' }),
      event('page_view', 0, {}),
      event('download', 0, { content: { id: 'ebook-sla' }, campaign: 'Q1' }),
      event('download', 0, { content: { id: 'ebook-sla' }, campaign: 'other' }),
      event('download', 0, { 'content.id': 'ebook-sla', campaign: 'q1' }),
    ]);
    expect(result.contributions.map((c) => c.rule)).toEqual(['pricing', 'ebook-sla', 'ebook-sla']);
    expect(result.cents).toBe(1500 + 2 * 1000);
  });

  it('adds every rule that matches one event', () => {
    const playbook = engagementPlaybook([
      { id: 'visit', event: 'page_view', points: 1, repeat: 'each' },
      {
        id: 'pricing',
        event: 'page_view',
        when: [{ field: 'url', operator: 'contains', value: '/pricing' }],
        points: 15,
        repeat: 'each',
      },
    ]);
    const pricing = event('page_view', 0, { url: '/pricing' });
    const result = engagementOf(playbook, [pricing]);
    expect(result.cents).toBe(1600);
    expect(result.contributions.map((c) => [c.rule, c.eventId])).toEqual([
      ['visit', pricing.id],
      ['pricing', pricing.id],
    ]);
  });

  it('decays points by the age of each event at the scoring time: 1, 0.5 and 0.25 at 0, 30 and 60 days', () => {
    const playbook = engagementPlaybook([{ id: 'webinar', event: 'webinar', points: 20, repeat: 'each' }], {
      mode: 'half_life',
      days: 30,
    });
    const result = engagementOf(playbook, [event('webinar', 0), event('webinar', 30), event('webinar', 60)]);
    expect(result.contributions.map((c) => c.decayedPoints).sort((a, b) => b - a)).toEqual([20, 10, 5]);
    expect(result.cents).toBe(3500);
    expect(result.contributions.find((c) => c.decayedPoints === 5)?.note).toBe('60.0 days old, worth ×0.250');
  });

  it('drops expired events entirely and keeps those at the expiry age', () => {
    const playbook = engagementPlaybook([{ id: 'click', event: 'email_click', points: 3, repeat: 'each' }], {
      mode: 'expire',
      days: 90,
    });
    const result = engagementOf(playbook, [
      event('email_click', 10),
      event('email_click', 90),
      event('email_click', 91),
    ]);
    expect(result.cents).toBe(600);
    expect(result.contributions).toHaveLength(2);
  });

  it('ignores events after the scoring time, so the same history answers "as of" a past date', () => {
    const playbook = engagementPlaybook([{ id: 'visit', event: 'page_view', points: 5, repeat: 'each' }], {
      mode: 'half_life',
      days: 30,
    });
    const events = [event('page_view', 40), event('page_view', 5)];
    expect(engagementOf(playbook, events, NOW - 10 * DAY_MS).cents).toBe(250);
    expect(engagementOf(playbook, events, NOW - 5 * DAY_MS).cents).toBe(
      Math.round(500 * 0.5 ** (35 / 30)) + 500,
    );
    expect(engagementOf(playbook, events, NOW - 41 * DAY_MS)).toEqual({ cents: 0, contributions: [] });
  });

  it('caps a rule after decay and records the cut as a negative cap line', () => {
    const playbook = engagementPlaybook([
      { id: 'open', event: 'email_open', points: 1, repeat: 'each', cap: 5 },
    ]);
    const result = engagementOf(
      playbook,
      Array.from({ length: 8 }, () => event('email_open')),
    );
    expect(result.cents).toBe(500);
    expect(result.contributions.at(-1)).toEqual({
      rule: 'open',
      kind: 'cap',
      points: -3,
      decayedPoints: -3,
      note: 'rule is capped at 5',
    });
  });

  it('does not cut a rule that stays under its cap once decayed', () => {
    const playbook = engagementPlaybook(
      [{ id: 'webinar', event: 'webinar', points: 20, repeat: 'each', cap: 30 }],
      {
        mode: 'half_life',
        days: 30,
      },
    );
    const result = engagementOf(playbook, [event('webinar', 30), event('webinar', 60)]);
    expect(result.cents).toBe(1500);
    expect(result.contributions.some((c) => c.kind === 'cap')).toBe(false);
  });

  it('caps negative rules in absolute value and subtracts negative signals', () => {
    const playbook = engagementPlaybook([
      { id: 'visit', event: 'page_view', points: 10, repeat: 'each' },
      { id: 'bounce', event: 'email_bounce', points: -15, repeat: 'each', cap: 20 },
    ]);
    const result = engagementOf(playbook, [event('page_view'), event('email_bounce'), event('email_bounce')]);
    expect(result.cents).toBe(1000 - 2000);
    expect(result.contributions.at(-1)).toMatchObject({ rule: 'bounce', kind: 'cap', decayedPoints: 10 });
  });

  it('keeps a negative signal at full value when the rule does not decay', () => {
    const playbook = engagementPlaybook(
      [{ id: 'unsubscribe', event: 'email_unsubscribe', points: -20, repeat: 'once', decays: false }],
      { mode: 'half_life', days: 30 },
    );
    expect(engagementOf(playbook, [event('email_unsubscribe', 300)]).cents).toBe(-2000);
  });

  it('caps the total after the rule caps and says so in a line of its own', () => {
    const playbook = engagementPlaybook(
      [
        { id: 'demo', event: 'demo_request', points: 40, repeat: 'once' },
        { id: 'webinar', event: 'webinar', points: 30, repeat: 'each', cap: 60 },
      ],
      { mode: 'none' },
      80,
    );
    const result = engagementOf(playbook, [
      event('demo_request'),
      event('webinar'),
      event('webinar'),
      event('webinar'),
    ]);
    expect(result.cents).toBe(8000);
    expect(result.contributions.filter((c) => c.kind === 'cap')).toEqual([
      { rule: 'webinar', kind: 'cap', points: -30, decayedPoints: -30, note: 'rule is capped at 60' },
      {
        rule: TOTAL_CAP_RULE,
        kind: 'cap',
        points: -20,
        decayedPoints: -20,
        note: 'total engagement is capped at 80',
      },
    ]);
  });

  it('gives the same result whatever the order of the events', () => {
    const playbook = engagementPlaybook([{ id: 'demo', event: 'demo_request', points: 40, repeat: 'once' }], {
      mode: 'half_life',
      days: 30,
    });
    const same = [event('demo_request', 5), event('demo_request', 5)];
    expect(engagementOf(playbook, same)).toEqual(engagementOf(playbook, [...same].reverse()));
  });
});
