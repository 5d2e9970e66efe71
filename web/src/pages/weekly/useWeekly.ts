import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api } from '../../app/api.ts';
import { useFormat } from '../../app/format.ts';
import { addDays, isoWeekOf, mondayOf, today } from '../dashboard/dates.ts';
import type { WeeklyReview } from '../dashboard/types.ts';

/** The last complete ISO week in the time zone: the Monday meeting reviews the week before. */
export const lastCompleteWeek = (timeZone: string): string =>
  isoWeekOf(addDays(isoWeekOf(today(timeZone)).monday, -7)).week;

/** `?week=YYYY-Www`, by default the last complete week. */
export function useWeek(): [string, (week: string) => void] {
  const [params, setParams] = useSearchParams();
  const { timeZone } = useFormat();
  const asked = params.get('week');
  const week = asked && mondayOf(asked) ? asked : lastCompleteWeek(timeZone);
  const setWeek = (next: string) =>
    setParams((previous) => {
      const updated = new URLSearchParams(previous);
      updated.set('week', next);
      return updated;
    });
  return [week, setWeek];
}

/** The weekly review of one ISO week (`GET /api/v1/reports/weekly`). */
export function useWeeklyReview(week: string) {
  return useQuery({
    queryKey: ['reports', 'weekly', week],
    queryFn: () => api<WeeklyReview>('/api/v1/reports/weekly', { query: { week, format: 'json' } }),
  });
}
