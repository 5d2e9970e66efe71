import { type ReactNode, useState } from 'react';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Button } from '../../../ui/ui.tsx';

const m = defineMessages({
  'pt-BR': { cancel: 'Cancelar' },
  en: { cancel: 'Cancel' },
});

/**
 * A destructive action in two steps, without a modal: the first press asks, the second
 * does it. `label` names the action with its object ("Revogar o token site").
 */
export function ConfirmButton({
  children,
  confirm,
  label,
  onConfirm,
  busy,
}: {
  children: ReactNode;
  /** The question's button: "Sim, revogar". */
  confirm: string;
  label?: string;
  onConfirm(): void;
  busy?: boolean;
}) {
  const t = useMessages(m);
  const [isAsking, setAsking] = useState(false);
  if (!isAsking) {
    return (
      <Button size="sm" variant="danger" aria-label={label} onClick={() => setAsking(true)}>
        {children}
      </Button>
    );
  }
  return (
    <span className="row">
      <Button
        size="sm"
        variant="danger"
        busy={busy}
        aria-label={label ? `${confirm} — ${label}` : undefined}
        autoFocus
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
      >
        {confirm}
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setAsking(false)}>
        {t.cancel}
      </Button>
    </span>
  );
}
