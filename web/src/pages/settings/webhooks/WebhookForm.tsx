import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../app/api.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { Button, FormError, SelectField, TextField } from '../../../ui/ui.tsx';
import { CheckboxGroup } from '../common/CheckboxGroup.tsx';
import {
  WEBHOOK_EVENTS,
  WEBHOOK_FORMATS,
  type Webhook,
  type WebhookFormat,
  type WebhookInput,
} from './use-webhooks.ts';
import { webhookLabels } from './webhook-labels.ts';

const m = defineMessages({
  'pt-BR': {
    name: 'Nome',
    url: 'URL',
    urlHint: 'http:// ou https://; recebe um POST por evento.',
    all: 'Todos os eventos (inclusive os que vierem)',
    events: 'Eventos',
    format: 'Formato',
    secret: 'Assinatura (X-Bastao-Signature)',
    generate: 'Gerar um segredo',
    own: 'Usar o meu segredo',
    unsigned: 'Sem assinatura',
    ownSecret: 'Segredo (16+ caracteres)',
    active: 'Ativo (desligado: as entregas esperam)',
    save: 'Salvar',
    create: 'Criar webhook',
    cancel: 'Cancelar',
  },
  en: {
    name: 'Name',
    url: 'URL',
    urlHint: 'http:// or https://; gets one POST per event.',
    all: 'Every event (including future ones)',
    events: 'Events',
    format: 'Format',
    secret: 'Signature (X-Bastao-Signature)',
    generate: 'Generate a secret',
    own: 'Use my own secret',
    unsigned: 'Unsigned',
    ownSecret: 'Secret (16+ characters)',
    active: 'Active (off: deliveries wait)',
    save: 'Save',
    create: 'Create webhook',
    cancel: 'Cancel',
  },
});

type SecretMode = 'generate' | 'own' | 'unsigned';

/** Create (no `initial`) or edit a webhook; the server validates and says what is wrong. */
export function WebhookForm({
  initial,
  onSubmit,
  isPending,
  error,
  onCancel,
}: {
  initial?: Webhook;
  onSubmit(input: WebhookInput): void;
  isPending: boolean;
  error: unknown;
  onCancel?: () => void;
}) {
  const t = useMessages(m);
  const labels = useMessages(webhookLabels);
  const [name, setName] = useState(initial?.name ?? '');
  const [url, setUrl] = useState(initial?.url ?? '');
  const [events, setEvents] = useState<string[]>(initial?.events ?? ['lead.mql']);
  const [format, setFormat] = useState<WebhookFormat>(initial?.format ?? 'json');
  const [secretMode, setSecretMode] = useState<SecretMode>('generate');
  const [secret, setSecret] = useState('');
  const [isActive, setActive] = useState(initial?.active ?? true);
  const isAll = events.includes('*');
  const problem = (path: string) =>
    error instanceof ApiError
      ? error.problems
          .filter((p) => p.path === path || p.path.startsWith(`${path}[`))
          .map((p) => p.message)
          .join('; ') || undefined
      : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      name,
      url,
      events,
      format,
      ...(initial
        ? { active: isActive }
        : secretMode === 'own'
          ? { secret }
          : secretMode === 'unsigned'
            ? { secret: null }
            : {}),
    });
  };
  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <TextField
        label={t.name}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={problem('name')}
      />
      <TextField
        label={t.url}
        hint={t.urlHint}
        type="url"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        error={problem('url')}
        required
      />
      <SelectField
        label={t.format}
        value={format}
        onChange={(e) => setFormat(e.target.value as WebhookFormat)}
        options={WEBHOOK_FORMATS.map((f) => ({ value: f, label: labels.formats[f] ?? f }))}
      />
      {initial ? (
        <label className="check">
          <input type="checkbox" checked={isActive} onChange={(e) => setActive(e.target.checked)} />{' '}
          {t.active}
        </label>
      ) : (
        <SelectField
          label={t.secret}
          value={secretMode}
          onChange={(e) => setSecretMode(e.target.value as SecretMode)}
          options={[
            { value: 'generate', label: t.generate },
            { value: 'own', label: t.own },
            { value: 'unsigned', label: t.unsigned },
          ]}
        />
      )}
      {!initial && secretMode === 'own' ? (
        <TextField
          label={t.ownSecret}
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          error={problem('secret')}
        />
      ) : null}
      <div className="span-all stack">
        <label className="check">
          <input
            type="checkbox"
            checked={isAll}
            onChange={(e) => setEvents(e.target.checked ? ['*'] : ['lead.mql'])}
          />{' '}
          {t.all}
        </label>
        {isAll ? null : (
          <CheckboxGroup
            legend={t.events}
            options={WEBHOOK_EVENTS.map((e) => ({ value: e, label: `${labels.events[e] ?? e} (${e})` }))}
            value={events}
            onChange={setEvents}
            error={problem('events')}
          />
        )}
      </div>
      <div className="form-actions">
        <FormError error={error} />
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            {t.cancel}
          </Button>
        ) : null}
        <Button variant="primary" type="submit" busy={isPending}>
          {initial ? t.save : t.create}
        </Button>
      </div>
    </form>
  );
}
