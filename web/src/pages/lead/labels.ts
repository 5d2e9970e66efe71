import { CHANNEL_LABELS, OUTCOME_LABELS } from '../../../../src/handoff/activity.ts';
import { defineMessages, type Lang } from '../../app/i18n.tsx';
import type { Localized } from './api-types.ts';

/** One language of the server's bilingual labels (activity channels and outcomes are named there). */
const inLang = <K extends string>(labels: Record<K, Localized>, lang: Lang): Record<K, string> =>
  Object.fromEntries(Object.entries<Localized>(labels).map(([key, label]) => [key, label[lang]])) as Record<
    K,
    string
  >;

/** Words the inbox, the lead page and the leads list share, in both languages. */
export const leadWords = defineMessages({
  'pt-BR': {
    stages: {
      lead: 'Lead',
      mql: 'MQL',
      sql: 'SQL',
      opportunity: 'Oportunidade',
      customer: 'Cliente',
      nurture: 'Nutrição',
      disqualified: 'Desqualificado',
    },
    channels: inLang(CHANNEL_LABELS, 'pt-BR'),
    outcomes: inLang(OUTCOME_LABELS, 'pt-BR'),
    clocks: { first_touch: 'Primeiro contato', attempts: 'Tentativas', decision: 'Decisão' },
    grade: (grade: string) => `Nota ${grade}`,
    fitGrade: 'Nota de fit',
    fit: 'Fit',
    engagement: 'Engajamento',
    noScore: 'Sem score',
    unnamed: 'Sem nome',
    noChannel: 'Sem canal',
    you: 'Você',
    someoneElse: 'Outra pessoa',
    queue: (name: string) => `Fila: ${name}`,
    rejectTargets: { nurture: 'volta para nutrição', disqualified: 'desqualifica' },
    automatic: 'Bastão (automático)',
    token: (name: string) => `integração ${name}`,
  },
  en: {
    stages: {
      lead: 'Lead',
      mql: 'MQL',
      sql: 'SQL',
      opportunity: 'Opportunity',
      customer: 'Customer',
      nurture: 'Nurture',
      disqualified: 'Disqualified',
    },
    channels: inLang(CHANNEL_LABELS, 'en'),
    outcomes: inLang(OUTCOME_LABELS, 'en'),
    clocks: { first_touch: 'First touch', attempts: 'Attempts', decision: 'Decision' },
    grade: (grade: string) => `Grade ${grade}`,
    fitGrade: 'Fit grade',
    fit: 'Fit',
    engagement: 'Engagement',
    noScore: 'Not scored',
    unnamed: 'No name',
    noChannel: 'No channel',
    you: 'You',
    someoneElse: 'Someone else',
    queue: (name: string) => `Queue: ${name}`,
    rejectTargets: { nurture: 'back to nurture', disqualified: 'disqualifies' },
    automatic: 'Bastão (automatic)',
    token: (name: string) => `integration ${name}`,
  },
});

/** A playbook label (one text for both languages, or one per language) in the reader's language. */
export function localize(label: string | Localized | null | undefined, lang: Lang): string | null {
  if (label === null || label === undefined) {
    return null;
  }
  return typeof label === 'string' ? label : label[lang];
}

/** What a person calls a lead: the name, else the e-mail, else a short id. */
export const leadTitle = (lead: { name: string | null; email: string | null; id: string }): string =>
  lead.name?.trim() || lead.email || lead.id.slice(0, 8);

/**
 * Who did something, as people read it: the API says `system`, `user:<e-mail>` or `token:<name>`.
 *
 * @example actorText('user:rita@acme.com.br', words) // 'rita@acme.com.br'
 */
export function actorText(actor: string, words: (typeof leadWords)['en']): string {
  if (actor === 'system') {
    return words.automatic;
  }
  if (actor.startsWith('user:')) {
    return actor.slice('user:'.length);
  }
  return actor.startsWith('token:') ? words.token(actor.slice('token:'.length)) : actor;
}
