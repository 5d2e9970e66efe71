import { useFormat } from '../../app/format.ts';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import type { PlaybookDoc, TimelineEntry } from './api-types.ts';
import { actorText, leadWords } from './labels.ts';

const m = defineMessages({
  'pt-BR': {
    events: {
      page_view: 'Visitou uma página',
      email_open: 'Abriu um e-mail',
      email_click: 'Clicou num e-mail',
      email_bounce: 'E-mail devolvido (bounce)',
      email_unsubscribe: 'Descadastrou-se dos e-mails',
      form_submit: 'Enviou um formulário',
      download: 'Baixou um material',
      webinar: 'Participou de webinar',
      demo_request: 'Pediu demonstração',
      proposal_request: 'Pediu proposta',
      whatsapp_message: 'Mandou mensagem no WhatsApp',
      custom: 'Evento',
    } as Record<string, string>,
    stage: (from: string, to: string) => `Estágio: ${from} → ${to}`,
    created: (to: string) => `Estágio: ${to}`,
    reason: 'Motivo',
    note: 'Nota',
    objection: 'Objeção',
    by: (actor: string) => `por ${actor}`,
  },
  en: {
    events: {
      page_view: 'Visited a page',
      email_open: 'Opened an e-mail',
      email_click: 'Clicked an e-mail',
      email_bounce: 'E-mail bounced',
      email_unsubscribe: 'Unsubscribed from e-mails',
      form_submit: 'Submitted a form',
      download: 'Downloaded content',
      webinar: 'Attended a webinar',
      demo_request: 'Requested a demo',
      proposal_request: 'Requested a proposal',
      whatsapp_message: 'Sent a WhatsApp message',
      custom: 'Event',
    } as Record<string, string>,
    stage: (from: string, to: string) => `Stage: ${from} → ${to}`,
    created: (to: string) => `Stage: ${to}`,
    reason: 'Reason',
    note: 'Note',
    objection: 'Objection',
    by: (actor: string) => `by ${actor}`,
  },
});

/** The props worth a line, in order of usefulness. */
const DETAIL_PROPS = ['name', 'title', 'url', 'form', 'subject', 'campaign', 'text'];

const eventDetail = (props: Record<string, unknown>): string | null => {
  for (const key of DETAIL_PROPS) {
    const value = props[key];
    if (typeof value === 'string' && value.trim()) {
      return value;
    }
  }
  return null;
};

/** One timeline entry in words: what happened, and who did it or why. */
export function TimelineItem({
  entry,
  playbook,
}: {
  entry: TimelineEntry;
  playbook: PlaybookDoc | undefined;
}) {
  const t = useMessages(m);
  const words = useMessages(leadWords);
  const fmt = useFormat();
  switch (entry.kind) {
    case 'event': {
      const detail = eventDetail(entry.event.props);
      return (
        <div>
          <strong>{t.events[entry.event.type] ?? entry.event.type}</strong>
          {detail ? <p className="small muted">{detail}</p> : null}
        </div>
      );
    }
    case 'transition': {
      const { from, to, reason, actor } = entry.transition;
      const reasonLabel =
        playbook?.playbook.rejectionReasons.find((r) => r.code === reason)?.label[fmt.lang] ?? reason;
      return (
        <div>
          <strong>
            {from ? t.stage(words.stages[from], words.stages[to]) : t.created(words.stages[to])}
          </strong>
          <p className="small">
            <span className="muted">{t.reason}: </span>
            {reasonLabel} <span className="muted">{t.by(actorText(actor, words))}</span>
          </p>
        </div>
      );
    }
    case 'activity': {
      const { channel, outcome, note, objection, actor } = entry.activity;
      return (
        <div>
          <strong>
            {words.channels[channel]} — {words.outcomes[outcome]}
          </strong>{' '}
          <span className="small muted">{t.by(actorText(actor, words))}</span>
          {note ? (
            <p className="small">
              <span className="muted">{t.note}: </span>
              {note}
            </p>
          ) : null}
          {objection ? (
            <p className="small">
              <span className="muted">{t.objection}: </span>
              {objection}
            </p>
          ) : null}
        </div>
      );
    }
    default: {
      const unreachable: never = entry;
      return String(unreachable);
    }
  }
}
