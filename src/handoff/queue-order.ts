/** One lead in a rep's work list: its most urgent open clock and its score. Times in epoch ms. */
export interface QueueItem {
  leadId: string;
  /** When its SLA clock breached; null if none has. */
  breachedAt: number | null;
  /** When its next open clock or task is due; null if nothing is due. */
  dueAt: number | null;
  score: number;
}

/**
 * Orders a rep's work list by urgency: breached leads first (the oldest breach first),
 * then the soonest due (nothing due last), then the higher score, then the lead id so
 * the order is stable. Use with `Array#sort`.
 *
 * @example items.sort(compareQueueItems) // [breached 09:00, breached 10:00, due 11:00, due 12:00, no due (score 80), no due (score 40)]
 */
export function compareQueueItems(a: QueueItem, b: QueueItem): number {
  if ((a.breachedAt === null) !== (b.breachedAt === null)) {
    return a.breachedAt === null ? 1 : -1;
  }
  if (a.breachedAt !== null && b.breachedAt !== null && a.breachedAt !== b.breachedAt) {
    return a.breachedAt - b.breachedAt;
  }
  if (a.dueAt !== b.dueAt) {
    if (a.dueAt === null) {
      return 1;
    }
    if (b.dueAt === null) {
      return -1;
    }
    return a.dueAt - b.dueAt;
  }
  if (a.score !== b.score) {
    return b.score - a.score;
  }
  return a.leadId < b.leadId ? -1 : a.leadId > b.leadId ? 1 : 0;
}
