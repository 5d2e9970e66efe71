import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api.ts';

export interface VersionSummary {
  version: number;
  createdAt: string;
  createdBy: string;
  note: string | null;
}

/** One applied version: the validated document and the text as it was written. */
export interface PlaybookVersion extends VersionSummary {
  playbook: Record<string, unknown>;
  source: string;
}

export interface BacktestFigures {
  mqls: number;
  byMonth: Array<{ month: string; mqls: number }>;
  reachedSql: number;
  reachedCustomer: number;
  sqlRate: number | null;
  customerRate: number | null;
}

/** `POST /api/v1/playbook/backtest`: the draft replayed over history; nothing is written. */
export interface BacktestReport {
  from: string | null;
  to: string | null;
  leadsScanned: number;
  proposed: BacktestFigures;
  current: BacktestFigures;
  recorded: { mqls: number };
  overlap: { both: number; onlyProposed: number; onlyCurrent: number };
}

export interface RescoreProgress {
  version: number;
  total: number;
  done: number;
  qualified: number;
  startedAt: string;
  finishedAt: string | null;
}

const KEY = ['playbook'] as const;

export const usePlaybook = () =>
  useQuery({
    queryKey: [...KEY, 'current'],
    queryFn: () => api<PlaybookVersion>('/api/v1/playbook'),
    refetchOnWindowFocus: false,
  });

export const useVersions = () =>
  useQuery({
    queryKey: [...KEY, 'versions'],
    queryFn: () => api<{ items: VersionSummary[] }>('/api/v1/playbook/versions'),
  });

/** A past version never changes: fetched once. */
export const useVersion = (version: number | null) =>
  useQuery({
    queryKey: [...KEY, 'version', version],
    enabled: version !== null,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: () => api<PlaybookVersion>(`/api/v1/playbook/versions/${version}`),
  });

export const useBacktest = () =>
  useMutation({
    mutationFn: (input: { source: string; from?: string; to?: string }) =>
      api<BacktestReport>('/api/v1/playbook/backtest', { method: 'POST', body: input }),
  });

export function useApplyPlaybook() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { source: string; note: string; requalify: boolean }) =>
      api<{ version: VersionSummary; rescore: RescoreProgress | null }>('/api/v1/playbook', {
        method: 'PUT',
        body: input,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

/** The rescore after applying `version`, polled every second until that rescore ends. */
export const useRescore = (version: number) =>
  useQuery({
    queryKey: [...KEY, 'rescore', version],
    queryFn: () => api<{ rescore: RescoreProgress | null }>('/api/v1/playbook/rescore'),
    refetchInterval: (query) => {
      const rescore = query.state.data?.rescore;
      return rescore && rescore.version >= version && rescore.finishedAt ? false : 1_000;
    },
  });
