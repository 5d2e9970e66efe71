import { type FormEvent, useState } from 'react';
import { defineMessages, useI18n, useMessages } from '../../../app/i18n.tsx';
import { Button, FormError, Loading, SelectField, TextArea } from '../../../ui/ui.tsx';
import { usePlaybook } from '../hooks/useLeadData.ts';
import { useReject } from '../hooks/useWorkActions.ts';
import { leadWords } from '../labels.ts';
import { Modal } from './Modal.tsx';

const m = defineMessages({
  'pt-BR': {
    title: (lead: string) => `Rejeitar ${lead}`,
    help: 'Rejeitar exige um dos motivos combinados no playbook. Marketing vê o motivo no relatório de feedback.',
    reason: 'Motivo (obrigatório)',
    choose: 'Escolha um motivo…',
    needReason: 'Escolha um motivo para rejeitar.',
    note: 'Nota (opcional)',
    confirm: 'Rejeitar',
    cancel: 'Cancelar',
    rejected: (lead: string, reason: string) => `${lead} rejeitado: ${reason}.`,
  },
  en: {
    title: (lead: string) => `Reject ${lead}`,
    help: 'A rejection needs one of the reasons agreed in the playbook. Marketing sees the reason in the feedback report.',
    reason: 'Reason (required)',
    choose: 'Choose a reason…',
    needReason: 'Choose a reason to reject.',
    note: 'Note (optional)',
    confirm: 'Reject',
    cancel: 'Cancel',
    rejected: (lead: string, reason: string) => `${lead} rejected: ${reason}.`,
  },
});

/** The rejection form: a reason from the playbook is required (the button waits for it), a note is optional. */
export function RejectDialog({
  leadId,
  leadName,
  onClose,
  onRejected,
}: {
  leadId: string;
  leadName: string;
  onClose(): void;
  onRejected(message: string): void;
}) {
  const t = useMessages(m);
  const words = useMessages(leadWords);
  const { lang } = useI18n();
  const playbook = usePlaybook();
  const reject = useReject(leadId);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const reasons = playbook.data?.playbook.rejectionReasons ?? [];
  const labelOf = (code: string) => reasons.find((r) => r.code === code)?.label[lang] ?? code;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason) {
      return;
    }
    reject.mutate(
      { reason, ...(note.trim() ? { note: note.trim() } : {}) },
      { onSuccess: () => onRejected(t.rejected(leadName, labelOf(reason))) },
    );
  };

  return (
    <Modal title={t.title(leadName)} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <p className="muted">{t.help}</p>
        {playbook.isPending ? (
          <Loading />
        ) : (
          <SelectField
            label={t.reason}
            value={reason}
            required
            onChange={(e) => setReason(e.target.value)}
            hint={reason ? undefined : t.needReason}
            options={[
              { value: '', label: t.choose },
              ...reasons.map((r) => ({
                value: r.code,
                label: `${r.label[lang]} (${words.rejectTargets[r.to]})`,
              })),
            ]}
          />
        )}
        <TextArea
          label={t.note}
          value={note}
          rows={3}
          maxLength={4000}
          onChange={(e) => setNote(e.target.value)}
        />
        <FormError error={reject.error ?? playbook.error} />
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <Button variant="ghost" onClick={onClose}>
            {t.cancel}
          </Button>
          <Button variant="danger" type="submit" disabled={!reason} busy={reject.isPending}>
            {t.confirm}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
