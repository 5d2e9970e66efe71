import type { Grade, QueueItem } from '../lead/api-types.ts';
import { type Urgency, urgencyOf } from '../lead/sla-view.ts';

export type StatusFilter = 'all' | Urgency;
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'breached', 'warning', 'on_track'];

export interface QueueFilters {
  status: StatusFilter;
  channel: string;
  grade: Grade | '';
  text: string;
}

/** Case and accents do not matter: "joao" finds "João". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** The first-touch channel of a lead, or '' when it came without one. */
export const channelOf = (item: QueueItem): string => item.lead.firstTouch?.channel ?? '';

/**
 * The work list narrowed by the filters, in the server's urgency order.
 *
 * @example filterQueue(items, { status: 'breached', channel: '', grade: '', text: '' })
 */
export function filterQueue(items: readonly QueueItem[], filters: QueueFilters): QueueItem[] {
  const text = fold(filters.text.trim());
  return items.filter((item) => {
    const { lead } = item;
    if (filters.status !== 'all' && urgencyOf(item.sla, lead) !== filters.status) {
      return false;
    }
    if (filters.channel && channelOf(item) !== filters.channel) {
      return false;
    }
    if (filters.grade && lead.score?.grade !== filters.grade) {
      return false;
    }
    return !text || fold([lead.name, lead.email, lead.companyName, lead.jobTitle].join(' ')).includes(text);
  });
}

/** How many items each status filter would show, for the tabs. */
export function countByStatus(items: readonly QueueItem[]): Record<StatusFilter, number> {
  const counts: Record<StatusFilter, number> = { all: items.length, breached: 0, warning: 0, on_track: 0 };
  for (const item of items) {
    counts[urgencyOf(item.sla, item.lead)] += 1;
  }
  return counts;
}
