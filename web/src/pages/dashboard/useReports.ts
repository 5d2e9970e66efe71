import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import type { DrillMetric, Glossary, Grouping, KpiAnswer, KpiLeadsPage } from './types.ts';
import type { Period } from './usePeriod.ts';

/** The KPIs of a period, in total and by one grouping. Refreshed when the tab comes back. */
export function useKpis(period: Period, by?: Grouping) {
  return useQuery({
    queryKey: ['kpis', period.from, period.to, by ?? null],
    queryFn: () => api<KpiAnswer>('/api/v1/kpis', { query: { from: period.from, to: period.to, by } }),
  });
}

/** The definitions behind every number (they change only with a new version of Bastão). */
export function useGlossary() {
  return useQuery({
    queryKey: ['glossary'],
    queryFn: () => api<Glossary>('/api/v1/kpis/glossary'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** What a drill-down opens: one count of one group (or the totals) of a period. */
export interface DrillTarget {
  metric: DrillMetric;
  by?: Grouping | undefined;
  /** The group's key; null: the group of a missing value. */
  key?: string | null;
}

/** The leads behind a count, 50 a page. */
export function useKpiLeads(period: Period, target: DrillTarget | null) {
  return useInfiniteQuery({
    queryKey: [
      'kpis',
      'leads',
      period.from,
      period.to,
      target?.metric,
      target?.by ?? null,
      target?.key ?? null,
    ],
    enabled: target !== null,
    initialPageParam: null as string | null,
    getNextPageParam: (page: KpiLeadsPage) => page.nextCursor,
    queryFn: ({ pageParam }) =>
      api<KpiLeadsPage>('/api/v1/kpis/leads', {
        query: {
          from: period.from,
          to: period.to,
          metric: target?.metric,
          by: target?.by,
          key: target?.by ? (target.key ?? undefined) : undefined,
          cursor: pageParam,
          limit: 50,
        },
      }),
  });
}
