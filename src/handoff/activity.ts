import type { LocalizedText } from '../playbook/localized-text.ts';

/** How a rep reached (or tried to reach) a lead. */
export const ACTIVITY_CHANNELS = ['call', 'whatsapp', 'email', 'meeting'] as const;
export type ActivityChannel = (typeof ACTIVITY_CHANNELS)[number];

/** Channels a cadence plans (meetings are booked, not planned as attempts). */
export const CADENCE_CHANNELS = ['call', 'whatsapp', 'email'] as const;
export type CadenceChannel = (typeof CADENCE_CHANNELS)[number];

/** What came of it. One list for every channel; `OUTCOMES_BY_CHANNEL` says which fit where. */
export const ACTIVITY_OUTCOMES = [
  'connected',
  'no_answer',
  'left_voicemail',
  'wrong_number',
  'message_sent',
  'replied',
  'meeting_booked',
  'meeting_held',
  'no_show',
  'not_interested',
] as const;
export type ActivityOutcome = (typeof ACTIVITY_OUTCOMES)[number];

export const CHANNEL_LABELS: Record<ActivityChannel, LocalizedText> = {
  call: { 'pt-BR': 'Ligação', en: 'Call' },
  whatsapp: { 'pt-BR': 'WhatsApp', en: 'WhatsApp' },
  email: { 'pt-BR': 'E-mail', en: 'E-mail' },
  meeting: { 'pt-BR': 'Reunião', en: 'Meeting' },
};

export const OUTCOME_LABELS: Record<ActivityOutcome, LocalizedText> = {
  connected: { 'pt-BR': 'Conversou', en: 'Connected' },
  no_answer: { 'pt-BR': 'Não atendeu', en: 'No answer' },
  left_voicemail: { 'pt-BR': 'Deixou recado', en: 'Left voicemail' },
  wrong_number: { 'pt-BR': 'Número errado', en: 'Wrong number' },
  message_sent: { 'pt-BR': 'Mensagem enviada', en: 'Message sent' },
  replied: { 'pt-BR': 'Respondeu', en: 'Replied' },
  meeting_booked: { 'pt-BR': 'Reunião agendada', en: 'Meeting booked' },
  meeting_held: { 'pt-BR': 'Reunião realizada', en: 'Meeting held' },
  no_show: { 'pt-BR': 'Não compareceu', en: 'No-show' },
  not_interested: { 'pt-BR': 'Sem interesse', en: 'Not interested' },
};

/** The outcomes that make sense on each channel (a voicemail is not an e-mail outcome). */
export const OUTCOMES_BY_CHANNEL: Record<ActivityChannel, readonly ActivityOutcome[]> = {
  call: ['connected', 'no_answer', 'left_voicemail', 'wrong_number', 'meeting_booked', 'not_interested'],
  whatsapp: [
    'message_sent',
    'replied',
    'connected',
    'no_answer',
    'wrong_number',
    'meeting_booked',
    'not_interested',
  ],
  email: ['message_sent', 'replied', 'meeting_booked', 'not_interested'],
  meeting: ['meeting_held', 'no_show', 'meeting_booked', 'not_interested'],
};

/**
 * Whether an outcome fits a channel; the boundary schema refuses the rest.
 *
 * @example isOutcomeAllowed('email', 'left_voicemail') // false
 */
export function isOutcomeAllowed(channel: ActivityChannel, outcome: ActivityOutcome): boolean {
  return OUTCOMES_BY_CHANNEL[channel].includes(outcome);
}

/**
 * A touch by a rep. Every activity counts as a touch (the first one meets the
 * first-touch clock), whatever its outcome: an unanswered call is still an attempt.
 * Times are epoch ms.
 */
export interface Activity {
  id: string;
  leadId: string;
  /** The rep who did it; null when logged by an integration token with no user. */
  userId: string | null;
  /** Who logged it: `token:<name>` or `user:<email>`. */
  actor: string;
  channel: ActivityChannel;
  outcome: ActivityOutcome;
  occurredAt: number;
  /** Free text: what was said, objections heard. */
  note: string | null;
  /** An objection heard ("preço alto", "já usa concorrente"), kept as data for marketing's feedback report. */
  objection: string | null;
  /** Length of a call or meeting, in seconds, when known. */
  durationSeconds: number | null;
}
