import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api.ts';
import type { Role } from '../../../app/session.tsx';

/** `GET /api/v1/users`: a user with the routing settings an admin edits. */
export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  isActive: boolean;
  team: string | null;
  regions: string[];
  weight: number;
  capacity: number | null;
  outOfOffice: Array<{ from: string; to: string }>;
  managerOf: string[];
  createdAt: string;
  updatedAt: string;
}

/** The body of `PATCH /api/v1/users/:id` (src/routing/team-member-schema.ts). */
export interface UserSettings {
  team: string | null;
  regions: string[];
  weight: number;
  capacity: number | null;
  isActive: boolean;
  outOfOffice: Array<{ from: string; to: string }>;
  managerOf: string[];
}

const KEY = ['users'] as const;

export const useUsers = () =>
  useQuery({ queryKey: KEY, queryFn: () => api<{ items: UserRow[] }>('/api/v1/users') });

export function useAddUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; name: string; role: Role; password?: string }) =>
      api<UserRow>('/api/v1/users', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, settings }: { id: string; settings: UserSettings }) =>
      api<UserRow>(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: settings }),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
