import type { Activity } from './activity.ts';
import type { CadenceTask } from './plan-cadence.ts';

export type CadenceTaskStatus = 'done' | 'overdue' | 'open';

export interface TrackedCadenceTask extends CadenceTask {
  status: CadenceTaskStatus;
  /** The activity that did the step, if any. */
  doneBy: { activityId: string; at: number } | null;
}

/**
 * The cadence's tasks with what the rep has done: each task, in due order, takes the
 * earliest unused activity on its channel since assignment, so a second call on day 0
 * counts toward the day-3 call (ahead of schedule is still done). A task not done is
 * `overdue` from its due time, else `open`.
 *
 * @example trackCadence(tasks, [{ id: 'a1', channel: 'call', occurredAt: t }], assignedAt, now)[0]?.status // 'done'
 */
export function trackCadence(
  tasks: readonly CadenceTask[],
  activities: readonly Pick<Activity, 'id' | 'channel' | 'occurredAt'>[],
  assignedAt: number,
  now: number,
): TrackedCadenceTask[] {
  const unused = activities
    .filter((activity) => activity.occurredAt >= assignedAt)
    .sort((a, b) => a.occurredAt - b.occurredAt);
  const byDue = tasks
    .map((task, order) => ({ task, order }))
    .sort((a, b) => a.task.dueAt - b.task.dueAt || a.order - b.order);
  const doneBy = new Map<number, (typeof unused)[number]>();
  for (const { task, order } of byDue) {
    const index = unused.findIndex((activity) => activity.channel === task.channel);
    const [activity] = index === -1 ? [] : unused.splice(index, 1);
    if (activity) {
      doneBy.set(order, activity);
    }
  }
  return tasks.map((task, order) => {
    const activity = doneBy.get(order);
    return {
      ...task,
      status: activity ? 'done' : now >= task.dueAt ? 'overdue' : 'open',
      doneBy: activity ? { activityId: activity.id, at: activity.occurredAt } : null,
    };
  });
}
