import nodemailer from 'nodemailer';
import type { EmailContent } from './compose-email.ts';
import type { SendDelivery } from './send-delivery.ts';

/** SMTP waits, in ms, unless the URL sets them (`?socketTimeout=…`): a stuck server fails the attempt. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

export interface EmailSender {
  send: SendDelivery;
  close(): void;
}

/**
 * Sends e-mail deliveries through the SMTP server of `smtpUrl`
 * (`smtp://user:pass@host:587`, `smtps://…:465`; nodemailer's URL options as query
 * parameters), from `from`.
 *
 * @example createEmailSender({ smtpUrl: 'smtp://mail:587', from: 'Bastão <bastao@acme.com>' })
 */
export function createEmailSender(options: { smtpUrl: string; from: string }): EmailSender {
  const url = new URL(options.smtpUrl);
  for (const [key, value] of Object.entries(SMTP_TIMEOUTS)) {
    if (!url.searchParams.has(key)) {
      url.searchParams.set(key, String(value));
    }
  }
  const transport = nodemailer.createTransport(url.toString());
  return {
    send: async (delivery) => {
      let content: EmailContent;
      try {
        content = JSON.parse(delivery.body) as EmailContent;
      } catch {
        return { ok: false, error: 'The stored e-mail is not valid JSON.' };
      }
      try {
        await transport.sendMail({
          from: options.from,
          to: delivery.target,
          subject: content.subject,
          text: content.text,
          html: content.html,
          headers: { 'X-Bastao-Event': delivery.eventType, 'X-Bastao-Delivery': delivery.id },
        });
        return { ok: true };
      } catch (error) {
        const responseCode = (error as { responseCode?: unknown }).responseCode;
        return {
          ok: false,
          ...(typeof responseCode === 'number' ? { statusCode: responseCode } : {}),
          error: error instanceof Error ? error.message : String(error),
        };
      }
    },
    close: () => transport.close(),
  };
}
