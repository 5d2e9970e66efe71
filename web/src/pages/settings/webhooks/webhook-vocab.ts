/** Event types a webhook may subscribe to: the server's list. */
export { NOTIFICATION_EVENT_TYPES as WEBHOOK_EVENTS } from '../../../../../src/notify/notification-event.ts';
export const WEBHOOK_FORMATS = ['json', 'slack', 'teams'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];
