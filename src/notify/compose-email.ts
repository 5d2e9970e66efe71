import { describeEvent } from './describe-event.ts';
import type { NotificationEvent, NotificationEventType } from './notification-event.ts';

/** The events the lead's owner is told about by e-mail (when SMTP is configured). */
export const EMAIL_EVENT_TYPES: readonly NotificationEventType[] = [
  'lead.assigned',
  'sla.warning',
  'sla.breached',
];

/** An e-mail's content; the sender adds `From` and `To`. */
export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/**
 * An e-mail about an event, in pt-BR, as plain text and simple HTML: the title and the
 * lead in the subject, the fields chat messages show, the WhatsApp click-to-chat link
 * when the lead has a phone, and the link to the lead.
 *
 * @example composeEmail(assigned).subject // 'Lead atribuído a Rita: João Silva · Acme'
 */
export function composeEmail(event: NotificationEvent, timeZone?: string): EmailContent {
  const d = describeEvent(event, timeZone);
  const links = [
    ...(d.whatsappUrl ? [{ label: 'Chamar no WhatsApp', url: d.whatsappUrl }] : []),
    ...(d.link ? [{ label: 'Abrir no Bastão', url: d.link }] : []),
  ];
  const text = [
    d.title,
    d.summary,
    '',
    ...d.fields.map((field) => `${field.label}: ${field.value}`),
    ...(links.length > 0 ? ['', ...links.map((link) => `${link.label}: ${link.url}`)] : []),
    '',
    '— Bastão',
  ].join('\n');
  const html = [
    '<!doctype html><html lang="pt-BR"><body style="font-family:sans-serif;line-height:1.4">',
    `<h2 style="margin:0 0 4px">${escapeHtml(d.title)}</h2>`,
    `<p style="margin:0 0 12px"><strong>${escapeHtml(d.summary)}</strong></p>`,
    ...(d.fields.length > 0
      ? [
          '<table cellpadding="4" style="border-collapse:collapse">',
          ...d.fields.map(
            (field) =>
              `<tr><td style="color:#555">${escapeHtml(field.label)}</td><td>${escapeHtml(field.value)}</td></tr>`,
          ),
          '</table>',
        ]
      : []),
    ...(links.length > 0
      ? [
          `<p>${links.map((link) => `<a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a>`).join(' · ')}</p>`,
        ]
      : []),
    '<p style="color:#888;font-size:12px">Bastão</p>',
    '</body></html>',
  ].join('\n');
  return { subject: `${d.title}: ${d.summary}`.replace(/[\r\n]+/g, ' '), text, html };
}
