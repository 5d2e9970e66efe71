/** Event types a webhook may subscribe to (src/notify/notification-event.ts). */
export const WEBHOOK_EVENTS = [
  'lead.created',
  'lead.mql',
  'lead.assigned',
  'lead.accepted',
  'lead.rejected',
  'sla.warning',
  'sla.breached',
  'deal.won',
  'deal.lost',
] as const;
export const WEBHOOK_FORMATS = ['json', 'slack', 'teams'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];
