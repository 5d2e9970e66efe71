import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiError, api, setCsrfToken, setUnauthorizedHandler } from './api.ts';

export type Role = 'admin' | 'marketing' | 'sales_manager' | 'sales_rep';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  team: string | null;
}

/** `GET /api/v1/session`. */
export interface Session {
  user: SessionUser | null;
  role: Role;
  permissions: string[];
  csrfToken: string | null;
  workspace: { timeZone: string; currency: string };
}

export const SESSION_KEY = ['session'] as const;

/** The signed-in session, or `data: null` when nobody is signed in. */
export function useSession() {
  const client = useQueryClient();
  useEffect(() => {
    setUnauthorizedHandler(() => client.setQueryData(SESSION_KEY, null));
  }, [client]);
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<Session | null> => {
      try {
        const session = await api<Session>('/api/v1/session');
        setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** True when the signed-in role may do `permission` (the server checks again). */
export function useCan(): (permission: string) => boolean {
  const session = useSession().data;
  return (permission) => session?.permissions.includes(permission) ?? false;
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      api<Session>('/api/v1/session', { method: 'POST', body: input }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      client.clear();
      client.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/v1/session', { method: 'DELETE' }),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(SESSION_KEY, null);
    },
  });
}
