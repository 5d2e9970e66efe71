import { useInfiniteQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { api } from '../../app/api.ts';
import type { Lead, Page, Stage } from '../lead/api-types.ts';
import { STAGES } from '../lead/api-types.ts';
import { LEADS_KEY } from '../lead/hooks/useWorkActions.ts';

/** The leads list's filters, as they read in the URL (`/leads?stage=mql&q=acme`). */
export interface LeadFilters {
  q: string;
  stage: Stage | '';
  ownerId: string;
  channel: string;
  /** Local dates YYYY-MM-DD, both inclusive (the API's `createdTo` is exclusive: we send the next day). */
  createdFrom: string;
  createdTo: string;
}

const KEYS = ['q', 'stage', 'ownerId', 'channel', 'createdFrom', 'createdTo'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PAGE_SIZE = 50;

/** The day after a local date: `2026-03-31` → `2026-04-01`. */
export const nextDay = (date: string): string => {
  const [y, mo, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (mo ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
};

/** Filters from and to the URL query string. */
export function useLeadFilters(): [LeadFilters, (change: Partial<LeadFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const stage = params.get('stage') as Stage | null;
  const date = (key: string) => {
    const value = params.get(key) ?? '';
    return DATE.test(value) ? value : '';
  };
  const filters: LeadFilters = {
    q: params.get('q') ?? '',
    stage: stage && STAGES.includes(stage) ? stage : '',
    ownerId: params.get('ownerId') ?? '',
    channel: params.get('channel') ?? '',
    createdFrom: date('createdFrom'),
    createdTo: date('createdTo'),
  };
  const update = (change: Partial<LeadFilters>) => {
    const next = { ...filters, ...change };
    const query = new URLSearchParams();
    for (const key of KEYS) {
      const value = next[key].trim();
      if (value) {
        query.set(key, value);
      }
    }
    setParams(query);
  };
  return [filters, update];
}

/** `GET /api/v1/leads` with the filters, a page at a time (cursor). */
export function useLeadsSearch(filters: LeadFilters) {
  return useInfiniteQuery({
    queryKey: [...LEADS_KEY, filters],
    queryFn: ({ pageParam }) =>
      api<Page<Lead>>('/api/v1/leads', {
        query: {
          q: filters.q.trim() || undefined,
          stage: filters.stage || undefined,
          ownerId: filters.ownerId || undefined,
          channel: filters.channel.trim() || undefined,
          createdFrom: filters.createdFrom || undefined,
          createdTo: filters.createdTo ? nextDay(filters.createdTo) : undefined,
          limit: PAGE_SIZE,
          cursor: pageParam,
        },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
