import { useId, useRef, useState } from 'react';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Button } from '../../../ui/ui.tsx';

const m = defineMessages({
  'pt-BR': {
    warning: 'Atenção: guarde agora. Este segredo não aparece de novo; se perder, crie outro.',
    copy: 'Copiar',
    copied: 'Copiado',
    done: 'Já guardei',
  },
  en: {
    warning: 'Warning: store it now. This secret is not shown again; if you lose it, create another.',
    copy: 'Copy',
    copied: 'Copied',
    done: 'I have stored it',
  },
});

/** A secret the server shows once (API token, webhook key): copy button and a warning. */
export function SecretOnce({ label, secret, onDone }: { label: string; secret: string; onDone(): void }) {
  const t = useMessages(m);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [isCopied, setCopied] = useState(false);
  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      // No clipboard permission: the text is selected for Ctrl+C.
      setCopied(false);
    }
  };
  return (
    <section className="secret-once" aria-labelledby={`${id}-label`}>
      <p className="secret-warning" role="alert">
        {t.warning}
      </p>
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      <div className="row">
        <input id={id} ref={input} className="mono secret-value" readOnly value={secret} />
        <Button size="sm" onClick={() => void copy()}>
          {isCopied ? t.copied : t.copy}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          {t.done}
        </Button>
      </div>
    </section>
  );
}
