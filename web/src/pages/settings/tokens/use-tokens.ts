import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api.ts';
import type { Role } from '../../../app/session.tsx';

/** `GET /api/v1/tokens`: never the secret. */
export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  user: { id: string; email: string; name: string } | null;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const KEY = ['tokens'] as const;

export const useTokens = () =>
  useQuery({ queryKey: KEY, queryFn: () => api<{ items: ApiToken[] }>('/api/v1/tokens') });

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; role: Role; userEmail?: string }) =>
      api<ApiToken & { secret: string }>('/api/v1/tokens', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
