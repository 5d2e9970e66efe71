import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api.ts';
import type {
  Deal,
  Lead,
  LeadSla,
  Page,
  PlaybookDoc,
  Received,
  ScoreExplanation,
  TimelineEntry,
  User,
} from '../api-types.ts';

/** Query keys: invalidating `['lead', id]` refreshes everything about one lead. */
export const leadKeys = {
  all: ['lead'] as const,
  lead: (id: string) => ['lead', id] as const,
  score: (id: string) => ['lead', id, 'score'] as const,
  sla: (id: string) => ['lead', id, 'sla'] as const,
  timeline: (id: string) => ['lead', id, 'timeline'] as const,
  deals: (id: string) => ['lead', id, 'deals'] as const,
};

/** The playbook changes rarely: rejection reasons, stage words, routing rule labels. */
export function usePlaybook() {
  return useQuery({
    queryKey: ['playbook'],
    queryFn: () => api<PlaybookDoc>('/api/v1/playbook'),
    staleTime: 5 * 60_000,
  });
}

/** The team, for names and reassignment; only asked of roles that may list users. */
export function useUsers(enabled: boolean) {
  return useQuery({
    queryKey: ['users'],
    queryFn: () => api<{ items: User[] }>('/api/v1/users'),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useLead(id: string) {
  return useQuery({ queryKey: leadKeys.lead(id), queryFn: () => api<Lead>(`/api/v1/leads/${id}`) });
}

export function useScore(id: string) {
  return useQuery({
    queryKey: leadKeys.score(id),
    queryFn: () => api<ScoreExplanation>(`/api/v1/leads/${id}/score`),
  });
}

/** The SLA, stamped with when it arrived so its countdowns tick from there; fresh every minute. */
export function useLeadSla(id: string) {
  return useQuery({
    queryKey: leadKeys.sla(id),
    queryFn: async (): Promise<Received<LeadSla>> => ({
      ...(await api<LeadSla>(`/api/v1/leads/${id}/sla`)),
      receivedAt: performance.now(),
    }),
    refetchInterval: 60_000,
  });
}

export const TIMELINE_PAGE = 30;

export function useTimeline(id: string) {
  return useInfiniteQuery({
    queryKey: leadKeys.timeline(id),
    queryFn: ({ pageParam }) =>
      api<Page<TimelineEntry>>(`/api/v1/leads/${id}/timeline`, {
        query: { limit: TIMELINE_PAGE, cursor: pageParam },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useDeals(id: string) {
  return useQuery({
    queryKey: leadKeys.deals(id),
    queryFn: () => api<Page<Deal>>('/api/v1/deals', { query: { leadId: id, limit: 50 } }),
  });
}
