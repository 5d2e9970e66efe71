import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { FeedbackReport } from '../dashboard/types.ts';
import type { Period } from '../dashboard/usePeriod.ts';

/** What sales told marketing in the period (`GET /api/v1/reports/feedback`). */
export function useFeedback(period: Period) {
  return useQuery({
    queryKey: ['reports', 'feedback', period.from, period.to],
    queryFn: () =>
      api<FeedbackReport>('/api/v1/reports/feedback', { query: { from: period.from, to: period.to } }),
  });
}
