import { describe, expect, it } from 'vitest';
import type { CadenceTask } from './plan-cadence.ts';
import { trackCadence } from './track-cadence.ts';

const task = (step: number, channel: CadenceTask['channel'], dueAt: number): CadenceTask => ({
  step,
  day: step,
  channel,
  dueAt,
  label: { 'pt-BR': channel, en: channel },
});

const tasks = [task(0, 'call', 100), task(1, 'whatsapp', 100), task(2, 'email', 200), task(3, 'call', 300)];

describe('trackCadence', () => {
  it('marks a step done by the earliest activity on its channel since assignment', () => {
    const tracked = trackCadence(
      tasks,
      [
        { id: 'old', channel: 'call', occurredAt: 5 },
        { id: 'c1', channel: 'call', occurredAt: 50 },
        { id: 'w1', channel: 'whatsapp', occurredAt: 60 },
      ],
      10,
      150,
    );
    expect(tracked.map((one) => [one.step, one.status, one.doneBy?.activityId ?? null])).toEqual([
      [0, 'done', 'c1'],
      [1, 'done', 'w1'],
      [2, 'open', null],
      [3, 'open', null],
    ]);
  });

  it('counts a second early call toward the later call step', () => {
    const tracked = trackCadence(
      tasks,
      [
        { id: 'c2', channel: 'call', occurredAt: 70 },
        { id: 'c1', channel: 'call', occurredAt: 50 },
      ],
      10,
      150,
    );
    expect(tracked[0]?.doneBy).toEqual({ activityId: 'c1', at: 50 });
    expect(tracked[3]?.doneBy).toEqual({ activityId: 'c2', at: 70 });
  });

  it('marks an undone step overdue from its due time', () => {
    const tracked = trackCadence(tasks, [], 10, 200);
    expect(tracked.map((one) => one.status)).toEqual(['overdue', 'overdue', 'overdue', 'open']);
  });

  it('keeps the tasks in the order given', () => {
    const shuffled = [tasks[3], tasks[0]].filter((one) => one !== undefined);
    expect(
      trackCadence(shuffled, [{ id: 'c1', channel: 'call', occurredAt: 50 }], 10, 0).map((one) => one.step),
    ).toEqual([3, 0]);
    // The earlier-due call step took the activity, whatever the list order.
    expect(trackCadence(shuffled, [{ id: 'c1', channel: 'call', occurredAt: 50 }], 10, 0)[1]?.status).toBe(
      'done',
    );
  });
});
