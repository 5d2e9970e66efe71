import type { Delivery } from './delivery-store.ts';

/** How one attempt went: `ok` = delivered; otherwise it is retried or given up. */
export interface SendResult {
  ok: boolean;
  /** The HTTP status (webhooks) or SMTP reply code (e-mail), when there was one. */
  statusCode?: number;
  error?: string;
}

/** Sends one delivery once. Never throws: a failure is a result. */
export type SendDelivery = (delivery: Delivery) => Promise<SendResult>;

/**
 * One sender for both channels. Without an e-mail sender (SMTP not configured), e-mail
 * deliveries fail their attempt and are retried, so configuring SMTP later sends them.
 */
export function routeByChannel(senders: { webhook: SendDelivery; email: SendDelivery | null }): SendDelivery {
  return async (delivery) => {
    switch (delivery.channel) {
      case 'webhook':
        return senders.webhook(delivery);
      case 'email':
        return senders.email
          ? senders.email(delivery)
          : { ok: false, error: 'E-mail is not configured: set BASTAO_SMTP_URL.' };
      default: {
        const unreachable: never = delivery.channel;
        return { ok: false, error: `unknown channel ${String(unreachable)}` };
      }
    }
  };
}
