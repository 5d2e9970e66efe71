import { useState } from 'react';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Button, FormError, TextField } from '../../../ui/ui.tsx';
import { type ActivityChannel, type ActivityOutcome, OUTCOMES_BY_CHANNEL } from '../api-types.ts';
import { useLogActivity } from '../hooks/useWorkActions.ts';
import { leadWords } from '../labels.ts';
import { Modal } from './Modal.tsx';

const m = defineMessages({
  'pt-BR': {
    log: (channel: string) => `Registrar ${channel.toLowerCase()}`,
    logFor: (channel: string, lead: string) => `Registrar ${channel.toLowerCase()} com ${lead}`,
    openWhatsapp: (lead: string) => `Abrir o WhatsApp de ${lead} e registrar`,
    whatsappOpened: 'O WhatsApp abriu numa nova aba. Como foi?',
    howDidItGo: 'Como foi? Escolha o resultado para registrar.',
    outcomes: 'Resultado',
    note: 'Nota (opcional)',
    objection: 'Objeção ouvida (opcional)',
    objectionHint: 'Em poucas palavras; vai para o relatório de Marketing.',
    cancel: 'Cancelar',
    logged: (channel: string, outcome: string) => `Registrado: ${channel} — ${outcome}.`,
    met: (clocks: string) => ` Prazo cumprido: ${clocks}.`,
  },
  en: {
    log: (channel: string) => `Log ${channel.toLowerCase()}`,
    logFor: (channel: string, lead: string) => `Log ${channel.toLowerCase()} with ${lead}`,
    openWhatsapp: (lead: string) => `Open WhatsApp with ${lead} and log it`,
    whatsappOpened: 'WhatsApp opened in a new tab. How did it go?',
    howDidItGo: 'How did it go? Pick the outcome to log it.',
    outcomes: 'Outcome',
    note: 'Note (optional)',
    objection: 'Objection heard (optional)',
    objectionHint: 'In a few words; it goes to Marketing’s report.',
    cancel: 'Cancel',
    logged: (channel: string, outcome: string) => `Logged: ${channel} — ${outcome}.`,
    met: (clocks: string) => ` Deadline met: ${clocks}.`,
  },
});

const QUICK_CHANNELS: readonly ActivityChannel[] = ['call', 'whatsapp', 'email'];

/**
 * One click per touch: a button per channel opens the outcomes, one more click logs it.
 * WhatsApp opens the lead's wa.me chat in a new tab and asks how it went.
 */
export function LogActivity({
  leadId,
  leadName,
  whatsappLink,
  channels = QUICK_CHANNELS,
}: {
  leadId: string;
  leadName: string;
  whatsappLink: string | null;
  channels?: readonly ActivityChannel[];
}) {
  const t = useMessages(m);
  const words = useMessages(leadWords);
  const log = useLogActivity(leadId);
  const [channel, setChannel] = useState<ActivityChannel | null>(null);
  const [note, setNote] = useState('');
  const [objection, setObjection] = useState('');
  const [done, setDone] = useState('');

  const open = (next: ActivityChannel) => {
    log.reset();
    setNote('');
    setObjection('');
    setChannel(next);
  };
  const submit = (outcome: ActivityOutcome) => {
    if (!channel) {
      return;
    }
    const input = {
      channel,
      outcome,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(objection.trim() ? { objection: objection.trim() } : {}),
    };
    log.mutate(input, {
      onSuccess: ({ clocksMet }) => {
        const met = clocksMet.map((kind) => words.clocks[kind as keyof typeof words.clocks] ?? kind);
        setDone(
          t.logged(words.channels[channel], words.outcomes[outcome]) +
            (met.length ? t.met(met.join(', ')) : ''),
        );
        setChannel(null);
      },
    });
  };

  return (
    <div className="log-activity">
      <div className="row">
        {channels.map((c) =>
          c === 'whatsapp' && whatsappLink ? (
            <a
              key={c}
              className="btn btn-secondary btn-sm"
              href={whatsappLink}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t.openWhatsapp(leadName)}
              onClick={() => open(c)}
            >
              {words.channels[c]}
            </a>
          ) : (
            <Button
              key={c}
              size="sm"
              onClick={() => open(c)}
              aria-label={t.logFor(words.channels[c], leadName)}
            >
              {words.channels[c]}
            </Button>
          ),
        )}
      </div>
      <p className="small muted log-done" role="status">
        {done}
      </p>
      {channel ? (
        <Modal title={t.logFor(words.channels[channel], leadName)} onClose={() => setChannel(null)}>
          <p className="muted">{channel === 'whatsapp' && whatsappLink ? t.whatsappOpened : t.howDidItGo}</p>
          <div className="stack">
            <TextField
              label={t.note}
              value={note}
              maxLength={4000}
              onChange={(e) => setNote(e.target.value)}
            />
            <TextField
              label={t.objection}
              hint={t.objectionHint}
              value={objection}
              maxLength={300}
              onChange={(e) => setObjection(e.target.value)}
            />
            <fieldset className="outcomes">
              <legend>{t.outcomes}</legend>
              {OUTCOMES_BY_CHANNEL[channel].map((outcome) => (
                <Button key={outcome} onClick={() => submit(outcome)} disabled={log.isPending}>
                  {words.outcomes[outcome]}
                </Button>
              ))}
            </fieldset>
            <FormError error={log.error} />
            <div className="row" style={{ justifyContent: 'flex-end' }}>
              <Button variant="ghost" onClick={() => setChannel(null)}>
                {t.cancel}
              </Button>
            </div>
          </div>
        </Modal>
      ) : null}
    </div>
  );
}
