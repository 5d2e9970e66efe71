import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api.ts';
import type { WebhookFormat } from './webhook-vocab.ts';

export { WEBHOOK_EVENTS, WEBHOOK_FORMATS, type WebhookFormat } from './webhook-vocab.ts';

export interface Webhook {
  id: string;
  name: string;
  url: string;
  events: string[];
  format: WebhookFormat;
  active: boolean;
  secretHint: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface Delivery {
  id: string;
  eventType: string;
  isTest: boolean;
  status: 'pending' | 'delivered' | 'failed';
  target: string;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
  attempts: Array<{
    attempt: number;
    at: string;
    statusCode: number | null;
    error: string | null;
    durationMs: number;
  }>;
  body: string;
}

export interface WebhookInput {
  name?: string;
  url: string;
  events: string[];
  format: WebhookFormat;
  secret?: string | null;
  active?: boolean;
}

const KEY = ['webhooks'] as const;
const path = (id: string) => `/api/v1/webhooks/${encodeURIComponent(id)}`;

export const useWebhooks = () =>
  useQuery({ queryKey: KEY, queryFn: () => api<{ items: Webhook[] }>('/api/v1/webhooks') });

function useWebhookMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => client.invalidateQueries({ queryKey: KEY }) });
}

export const useCreateWebhook = () =>
  useWebhookMutation((input: WebhookInput) =>
    api<Webhook & { secret: string | null }>('/api/v1/webhooks', { method: 'POST', body: input }),
  );

export const useUpdateWebhook = () =>
  useWebhookMutation(({ id, changes }: { id: string; changes: Partial<WebhookInput> }) =>
    api<Webhook>(path(id), { method: 'PATCH', body: changes }),
  );

export const useDeleteWebhook = () =>
  useWebhookMutation((id: string) => api<void>(path(id), { method: 'DELETE' }));

export const useTestWebhook = () =>
  useWebhookMutation((id: string) => api<Delivery>(`${path(id)}/test`, { method: 'POST' }));

/** The delivery log, newest first, a page at a time; refreshed while something is pending. */
export const useDeliveries = (id: string) =>
  useInfiniteQuery({
    queryKey: [...KEY, id, 'deliveries'],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      api<{ items: Delivery[]; nextCursor: string | null }>(`${path(id)}/deliveries`, {
        query: { cursor: pageParam, limit: 20 },
      }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((d) => d.status === 'pending')) ? 3_000 : false,
  });
