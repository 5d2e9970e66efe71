import { useSearchParams } from 'react-router';
import { GRADES, type Grade } from '../lead/api-types.ts';
import { type QueueFilters, STATUS_FILTERS, type StatusFilter } from './queue-filters.ts';

/** The inbox filters live in the URL (`?status=breached&grade=A`): shareable, and Back works. */
export function useQueueFilters(): [QueueFilters, (change: Partial<QueueFilters>) => void, () => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') as StatusFilter | null;
  const grade = params.get('grade') as Grade | null;
  const filters: QueueFilters = {
    status: status && STATUS_FILTERS.includes(status) ? status : 'all',
    channel: params.get('channel') ?? '',
    grade: grade && GRADES.includes(grade) ? grade : '',
    text: params.get('q') ?? '',
  };
  const update = (change: Partial<QueueFilters>) => {
    const next = { ...filters, ...change };
    const query = new URLSearchParams();
    if (next.status !== 'all') {
      query.set('status', next.status);
    }
    if (next.channel) {
      query.set('channel', next.channel);
    }
    if (next.grade) {
      query.set('grade', next.grade);
    }
    if (next.text) {
      query.set('q', next.text);
    }
    setParams(query, { replace: true });
  };
  return [filters, update, () => setParams(new URLSearchParams(), { replace: true })];
}
