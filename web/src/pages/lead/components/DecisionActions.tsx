import { type FormEvent, useState } from 'react';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Button, FormError, TextArea } from '../../../ui/ui.tsx';
import { useAccept } from '../hooks/useWorkActions.ts';
import { Modal } from './Modal.tsx';
import { RejectDialog } from './RejectDialog.tsx';

const m = defineMessages({
  'pt-BR': {
    accept: 'Aceitar',
    reject: 'Rejeitar',
    acceptTitle: (lead: string) => `Aceitar ${lead} como SQL`,
    acceptLabel: (lead: string) => `Aceitar ${lead}`,
    rejectLabel: (lead: string) => `Rejeitar ${lead}`,
    acceptHelp: 'O lead vira SQL: tem dor, contexto e interesse reais. O prazo de decisão fica cumprido.',
    note: 'Nota (opcional)',
    confirmAccept: 'Aceitar como SQL',
    cancel: 'Cancelar',
    accepted: (lead: string) => `${lead} aceito como SQL.`,
  },
  en: {
    accept: 'Accept',
    reject: 'Reject',
    acceptTitle: (lead: string) => `Accept ${lead} as SQL`,
    acceptLabel: (lead: string) => `Accept ${lead}`,
    rejectLabel: (lead: string) => `Reject ${lead}`,
    acceptHelp: 'The lead becomes SQL: a real pain, context and interest. The decision deadline is met.',
    note: 'Note (optional)',
    confirmAccept: 'Accept as SQL',
    cancel: 'Cancel',
    accepted: (lead: string) => `${lead} accepted as SQL.`,
  },
});

/** Accept (→ SQL) and reject (with a reason from the playbook): the two buttons of the relay. */
export function DecisionActions({
  leadId,
  leadName,
  onDecided,
}: {
  leadId: string;
  leadName: string;
  /** Told in words what happened, once the lists have been refreshed. */
  onDecided?(message: string): void;
}) {
  const t = useMessages(m);
  const accept = useAccept(leadId);
  const [dialog, setDialog] = useState<'accept' | 'reject' | null>(null);
  const [note, setNote] = useState('');

  const submitAccept = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate(note.trim() ? { note: note.trim() } : {}, {
      onSuccess: () => {
        setDialog(null);
        onDecided?.(t.accepted(leadName));
      },
    });
  };

  return (
    <div className="row">
      <Button
        variant="primary"
        size="sm"
        aria-label={t.acceptLabel(leadName)}
        onClick={() => {
          accept.reset();
          setNote('');
          setDialog('accept');
        }}
      >
        {t.accept}
      </Button>
      <Button
        variant="danger"
        size="sm"
        aria-label={t.rejectLabel(leadName)}
        onClick={() => setDialog('reject')}
      >
        {t.reject}
      </Button>
      {dialog === 'accept' ? (
        <Modal title={t.acceptTitle(leadName)} onClose={() => setDialog(null)}>
          <form className="stack" onSubmit={submitAccept}>
            <p className="muted">{t.acceptHelp}</p>
            <TextArea
              label={t.note}
              value={note}
              maxLength={4000}
              rows={3}
              onChange={(e) => setNote(e.target.value)}
            />
            <FormError error={accept.error} />
            <div className="row" style={{ justifyContent: 'flex-end' }}>
              <Button variant="ghost" onClick={() => setDialog(null)}>
                {t.cancel}
              </Button>
              <Button variant="primary" type="submit" busy={accept.isPending}>
                {t.confirmAccept}
              </Button>
            </div>
          </form>
        </Modal>
      ) : null}
      {dialog === 'reject' ? (
        <RejectDialog
          leadId={leadId}
          leadName={leadName}
          onClose={() => setDialog(null)}
          onRejected={(message) => {
            setDialog(null);
            onDecided?.(message);
          }}
        />
      ) : null}
    </div>
  );
}
