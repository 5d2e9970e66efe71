import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api.ts';
import type { ActivityChannel, ActivityOutcome, Lead, Stage } from '../api-types.ts';
import { leadKeys } from './useLeadData.ts';

/** The rep's work list; see web/src/pages/inbox/useQueue.ts. */
export const QUEUE_KEY = ['queue'] as const;
export const LEADS_KEY = ['leads'] as const;

/**
 * After any change to a lead: its page, the inbox and the leads list read it again. Not
 * awaited, so the caller hears of the success before a refreshed list unmounts it.
 */
function useRefreshLead(id: string) {
  const client = useQueryClient();
  return () => {
    for (const queryKey of [leadKeys.lead(id), QUEUE_KEY, LEADS_KEY]) {
      void client.invalidateQueries({ queryKey });
    }
  };
}

export interface ActivityInput {
  channel: ActivityChannel;
  outcome: ActivityOutcome;
  note?: string;
  objection?: string;
}

export function useLogActivity(leadId: string) {
  const refresh = useRefreshLead(leadId);
  return useMutation({
    mutationFn: (input: ActivityInput) =>
      api<{ clocksMet: string[] }>(`/api/v1/leads/${leadId}/activities`, { method: 'POST', body: input }),
    onSuccess: refresh,
  });
}

export function useAccept(leadId: string) {
  const refresh = useRefreshLead(leadId);
  return useMutation({
    mutationFn: (input: { note?: string }) =>
      api<{ lead: Lead }>(`/api/v1/leads/${leadId}/accept`, { method: 'POST', body: input }),
    onSuccess: refresh,
  });
}

export function useReject(leadId: string) {
  const refresh = useRefreshLead(leadId);
  return useMutation({
    mutationFn: (input: { reason: string; note?: string }) =>
      api<{ lead: Lead }>(`/api/v1/leads/${leadId}/reject`, { method: 'POST', body: input }),
    onSuccess: refresh,
  });
}

/** `userId` hands the lead to that user; without it the routing rules choose again. */
export function useAssign(leadId: string) {
  const refresh = useRefreshLead(leadId);
  return useMutation({
    mutationFn: (input: { userId?: string }) =>
      api<{ lead: Lead }>(`/api/v1/leads/${leadId}/assign`, { method: 'POST', body: input }),
    onSuccess: refresh,
  });
}

export function useMoveStage(leadId: string) {
  const refresh = useRefreshLead(leadId);
  return useMutation({
    mutationFn: (input: { to: Stage; reason: string }) =>
      api<{ lead: Lead }>(`/api/v1/leads/${leadId}/stage`, { method: 'POST', body: input }),
    onSuccess: refresh,
  });
}
