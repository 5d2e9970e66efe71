import { describeEvent } from './describe-event.ts';
import type { NotificationEvent } from './notification-event.ts';

const OPEN_LABEL = 'Abrir no Bastão';
const WHATSAPP_LABEL = 'Chamar no WhatsApp';

/** Slack's mrkdwn treats `&`, `<` and `>` as markup; lead names are user input. */
const escapeSlack = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A Slack incoming-webhook message (Block Kit) for an event, in pt-BR: a header, the lead
 * and company, its fields, and buttons to open the lead and to chat on WhatsApp. `text`
 * is the plain fallback Slack shows in notifications.
 *
 * @example toSlackMessage(event) // { text: 'Novo MQL: João Silva · Acme', blocks: [...] }
 */
export function toSlackMessage(
  event: NotificationEvent,
  timeZone?: string,
): { text: string; blocks: unknown[] } {
  const description = describeEvent(event, timeZone);
  const buttons = [
    ...(description.link ? [{ label: OPEN_LABEL, url: description.link }] : []),
    ...(description.whatsappUrl ? [{ label: WHATSAPP_LABEL, url: description.whatsappUrl }] : []),
  ];
  const blocks: unknown[] = [
    // Slack caps header text at 150 characters.
    { type: 'header', text: { type: 'plain_text', text: description.title.slice(0, 150), emoji: true } },
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `*${escapeSlack(description.summary)}*` },
      // Slack allows at most 10 fields per section.
      ...(description.fields.length > 0
        ? {
            fields: description.fields
              .slice(0, 10)
              .map((field) => ({ type: 'mrkdwn', text: `*${field.label}*\n${escapeSlack(field.value)}` })),
          }
        : {}),
    },
  ];
  if (buttons.length > 0) {
    blocks.push({
      type: 'actions',
      elements: buttons.map((button) => ({
        type: 'button',
        text: { type: 'plain_text', text: button.label },
        url: button.url,
      })),
    });
  }
  return { text: `${description.title}: ${description.summary}`, blocks };
}

/**
 * A Microsoft Teams message (an Adaptive Card 1.4, the format Teams workflows and
 * incoming webhooks accept) for an event, in pt-BR, with the same content as Slack's.
 *
 * @example toTeamsMessage(event).attachments[0].content.body[0].text // 'Novo MQL'
 */
export function toTeamsMessage(event: NotificationEvent, timeZone?: string) {
  const description = describeEvent(event, timeZone);
  const actions = [
    ...(description.link ? [{ type: 'Action.OpenUrl', title: OPEN_LABEL, url: description.link }] : []),
    ...(description.whatsappUrl
      ? [{ type: 'Action.OpenUrl', title: WHATSAPP_LABEL, url: description.whatsappUrl }]
      : []),
  ];
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: description.title, weight: 'Bolder', size: 'Medium', wrap: true },
            { type: 'TextBlock', text: description.summary, wrap: true },
            ...(description.fields.length > 0
              ? [
                  {
                    type: 'FactSet',
                    facts: description.fields.map((field) => ({ title: field.label, value: field.value })),
                  },
                ]
              : []),
          ],
          actions,
        },
      },
    ],
  };
}
