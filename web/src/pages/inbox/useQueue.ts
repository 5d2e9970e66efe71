import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { QueueItem, Received } from '../lead/api-types.ts';
import { QUEUE_KEY } from '../lead/hooks/useWorkActions.ts';

/** The server's SLA answer is minutes old at most: countdowns tick between reads. */
const REFRESH_MS = 60_000;

/**
 * The signed-in rep's open MQLs, most urgent first (`GET /api/v1/me/queue`), stamped with
 * the moment they arrived so the countdowns tick from there.
 */
export function useQueue() {
  return useQuery({
    queryKey: QUEUE_KEY,
    queryFn: async (): Promise<Received<{ items: QueueItem[] }>> => ({
      ...(await api<{ items: QueueItem[] }>('/api/v1/me/queue')),
      receivedAt: performance.now(),
    }),
    refetchInterval: REFRESH_MS,
  });
}
