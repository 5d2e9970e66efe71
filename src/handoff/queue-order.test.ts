import { describe, expect, it } from 'vitest';
import { compareQueueItems, type QueueItem } from './queue-order.ts';

const item = (leadId: string, breachedAt: number | null, dueAt: number | null, score = 50): QueueItem => ({
  leadId,
  breachedAt,
  dueAt,
  score,
});

describe('compareQueueItems', () => {
  it('orders breached first (oldest breach first), then due soonest, then higher score', () => {
    const items = [
      item('no-due-low', null, null, 40),
      item('due-12', null, 1_200),
      item('breached-10', 1_000, 900),
      item('no-due-high', null, null, 80),
      item('due-11', null, 1_100),
      item('breached-09', 900, 800),
    ];
    expect(items.sort(compareQueueItems).map((one) => one.leadId)).toEqual([
      'breached-09',
      'breached-10',
      'due-11',
      'due-12',
      'no-due-high',
      'no-due-low',
    ]);
  });

  it('puts a breached lead before one due sooner', () => {
    expect(compareQueueItems(item('a', 5_000, 5_000), item('b', null, 1))).toBeLessThan(0);
  });

  it('breaks ties by score, then lead id, so the order is stable', () => {
    expect(
      [item('b', null, 100, 70), item('a', null, 100, 70), item('c', null, 100, 90)]
        .sort(compareQueueItems)
        .map((one) => one.leadId),
    ).toEqual(['c', 'a', 'b']);
    expect(compareQueueItems(item('a', null, 1), item('a', null, 1))).toBe(0);
  });
});
