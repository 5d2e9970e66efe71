import { describe, expect, it } from 'vitest';
import { countByStatus, filterQueue } from '../../web/src/pages/inbox/queue-filters.ts';
import type { QueueItem, SlaClock } from '../../web/src/pages/lead/api-types.ts';
import { currentClocks, liveClock, nextTask } from '../../web/src/pages/lead/sla-view.ts';

const ASSIGNED = '2026-03-02T12:00:00.000Z';
const MINUTE = 60_000;

const clock = (overrides: Partial<SlaClock> = {}): SlaClock => ({
  id: 'c1',
  kind: 'first_touch',
  ownerId: 'u-rita',
  startedAt: ASSIGNED,
  dueAt: '2026-03-02T13:00:00.000Z',
  metAt: null,
  breachedAt: null,
  stoppedAt: null,
  stopReason: null,
  status: 'running',
  metInTime: null,
  businessMinutesLeft: 60,
  runningForMinutes: 540,
  ...overrides,
});

describe('a live SLA countdown in business time', () => {
  it('ticks down from what the server said, by the time elapsed since it answered', () => {
    expect(liveClock(clock(), 90_000, 15)).toEqual({ state: 'running', minutesLeft: 58.5, isPaused: false });
    expect(liveClock(clock(), 46 * MINUTE, 15).state).toBe('warning');
    expect(liveClock(clock(), 61 * MINUTE, 15)).toMatchObject({ state: 'breached', minutesLeft: -1 });
  });

  it('holds still when business time stops (the close of the day, or outside working hours)', () => {
    // 17:50 with 30 business minutes left: ten run today, the rest tomorrow at 08:00.
    const evening = clock({ businessMinutesLeft: 30, runningForMinutes: 10 });
    expect(liveClock(evening, 25 * MINUTE, 15)).toEqual({
      state: 'running',
      minutesLeft: 20,
      isPaused: true,
    });
    const night = clock({ businessMinutesLeft: 30, runningForMinutes: 0 });
    expect(liveClock(night, 3 * MINUTE, 15)).toMatchObject({ minutesLeft: 30, isPaused: true });
  });

  it('trusts the server’s state: met stays met, breached stays breached, and a clock never counts up', () => {
    expect(
      liveClock(clock({ status: 'met', metInTime: true, businessMinutesLeft: null }), MINUTE, 15).state,
    ).toBe('met');
    expect(
      liveClock(clock({ status: 'met', metInTime: false, businessMinutesLeft: null }), 0, 15).state,
    ).toBe('met_late');
    expect(liveClock(clock({ status: 'breached', businessMinutesLeft: 5 }), 0, 15).state).toBe('breached');
    expect(liveClock(clock({ status: 'warning', businessMinutesLeft: 14 }), 0, null).state).toBe('warning');
    expect(liveClock(clock(), -5_000, 15).minutesLeft).toBe(60);
  });
});

const item = (
  name: string,
  overrides: { grade?: 'A' | 'B'; channel?: string; status?: SlaClock['status'] },
) =>
  ({
    lead: {
      id: name,
      name,
      email: `${name.toLowerCase()}@acme.com.br`,
      companyName: name === 'João' ? 'Ótica São Paulo' : 'Acme',
      jobTitle: null,
      assignedAt: ASSIGNED,
      score: {
        fit: 60,
        grade: overrides.grade ?? 'B',
        engagement: 50,
        playbookVersion: 1,
        scoredAt: ASSIGNED,
      },
      firstTouch: overrides.channel ? { channel: overrides.channel } : null,
    },
    sla: {
      clocks: [
        clock({ status: overrides.status ?? 'running' }),
        // An earlier owner's clock, stopped at reassignment: not part of the current state.
        clock({ id: 'old', startedAt: '2026-02-27T12:00:00.000Z', status: 'stopped', stoppedAt: ASSIGNED }),
      ],
      attempts: { made: 0, needed: 3 },
      tasks: [
        {
          step: 2,
          day: 0,
          channel: 'whatsapp',
          label: { 'pt-BR': 'WhatsApp', en: 'WhatsApp' },
          dueAt: ASSIGNED,
          status: 'open',
        },
        {
          step: 1,
          day: 0,
          channel: 'call',
          label: { 'pt-BR': 'Ligar', en: 'Call' },
          dueAt: ASSIGNED,
          status: 'done',
        },
      ],
      assignment: null,
      whatsappLink: null,
    },
    urgency: { breachedAt: null, dueAt: null },
  }) as unknown as QueueItem;

describe('the inbox filters', () => {
  const items = [
    item('Ana', { grade: 'A', channel: 'google', status: 'breached' }),
    item('João', { channel: 'evento', status: 'warning' }),
    item('Bia', { channel: 'google' }),
  ];
  const all = { status: 'all', channel: '', grade: '', text: '' } as const;

  it('narrows by SLA state, channel, grade and text ignoring accents, keeping the server’s order', () => {
    expect(filterQueue(items, { ...all, status: 'breached' }).map((i) => i.lead.name)).toEqual(['Ana']);
    expect(filterQueue(items, { ...all, status: 'warning' }).map((i) => i.lead.name)).toEqual(['João']);
    expect(filterQueue(items, { ...all, channel: 'google' }).map((i) => i.lead.name)).toEqual(['Ana', 'Bia']);
    expect(filterQueue(items, { ...all, grade: 'B' }).map((i) => i.lead.name)).toEqual(['João', 'Bia']);
    expect(filterQueue(items, { ...all, text: 'otica sao' }).map((i) => i.lead.name)).toEqual(['João']);
    expect(countByStatus(items)).toEqual({ all: 3, breached: 1, warning: 1, on_track: 1 });
  });

  it('reads only the current assignment’s clocks, and the next step not done yet', () => {
    const [first] = items;
    expect(currentClocks(first?.sla as QueueItem['sla'], { assignedAt: ASSIGNED }).map((c) => c.id)).toEqual([
      'c1',
    ]);
    expect(nextTask(first?.sla as QueueItem['sla'])?.channel).toBe('whatsapp');
  });
});
