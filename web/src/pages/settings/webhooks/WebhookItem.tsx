import { useState } from 'react';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { useCan } from '../../../app/session.tsx';
import { Badge, Button, FormError } from '../../../ui/ui.tsx';
import { ConfirmButton } from '../common/ConfirmButton.tsx';
import { Deliveries } from './Deliveries.tsx';
import { useDeleteWebhook, useTestWebhook, useUpdateWebhook, type Webhook } from './use-webhooks.ts';
import { WebhookForm } from './WebhookForm.tsx';
import { webhookLabels } from './webhook-labels.ts';

const m = defineMessages({
  'pt-BR': {
    active: 'Ativo',
    paused: 'Pausado',
    unsigned: 'sem assinatura',
    signed: (hint: string) => `segredo ${hint}`,
    all: 'todos os eventos',
    edit: 'Editar',
    test: 'Testar',
    testQueued: 'Evento de teste na fila; veja nas entregas.',
    log: 'Entregas',
    hideLog: 'Ocultar entregas',
    remove: 'Excluir',
    confirm: 'Sim, excluir com o histórico',
    of: (action: string, name: string) => `${action}: ${name}`,
  },
  en: {
    active: 'Active',
    paused: 'Paused',
    unsigned: 'unsigned',
    signed: (hint: string) => `secret ${hint}`,
    all: 'every event',
    edit: 'Edit',
    test: 'Test',
    testQueued: 'Test event queued; see the deliveries.',
    log: 'Deliveries',
    hideLog: 'Hide deliveries',
    remove: 'Delete',
    confirm: 'Yes, delete with its log',
    of: (action: string, name: string) => `${action}: ${name}`,
  },
});

/** One webhook: what it sends where, and edit, test, its delivery log and delete. */
export function WebhookItem({ webhook }: { webhook: Webhook }) {
  const t = useMessages(m);
  const labels = useMessages(webhookLabels);
  const canWrite = useCan()('webhooks:write');
  const [mode, setMode] = useState<'view' | 'edit' | 'log'>('view');
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const test = useTestWebhook();
  const events = webhook.events.includes('*')
    ? t.all
    : webhook.events.map((e) => labels.events[e] ?? e).join(', ');
  return (
    <li className="webhook">
      <div className="spread">
        <div>
          <strong>{webhook.name}</strong>{' '}
          <Badge tone={webhook.active ? 'success' : 'neutral'}>{webhook.active ? t.active : t.paused}</Badge>
          <div className="mono small">{webhook.url}</div>
          <div className="small muted">
            {events} · {labels.formats[webhook.format]} ·{' '}
            {webhook.secretHint ? t.signed(webhook.secretHint) : t.unsigned}
          </div>
        </div>
        <div className="row">
          {canWrite ? (
            <Button
              size="sm"
              aria-label={t.of(t.edit, webhook.name)}
              aria-expanded={mode === 'edit'}
              onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}
            >
              {t.edit}
            </Button>
          ) : null}
          {canWrite ? (
            <Button
              size="sm"
              aria-label={t.of(t.test, webhook.name)}
              busy={test.isPending}
              onClick={() => test.mutate(webhook.id, { onSuccess: () => setMode('log') })}
            >
              {t.test}
            </Button>
          ) : null}
          <Button
            size="sm"
            aria-label={t.of(mode === 'log' ? t.hideLog : t.log, webhook.name)}
            aria-expanded={mode === 'log'}
            onClick={() => setMode(mode === 'log' ? 'view' : 'log')}
          >
            {mode === 'log' ? t.hideLog : t.log}
          </Button>
          {canWrite ? (
            <ConfirmButton
              label={t.of(t.remove, webhook.name)}
              confirm={t.confirm}
              busy={remove.isPending}
              onConfirm={() => remove.mutate(webhook.id)}
            >
              {t.remove}
            </ConfirmButton>
          ) : null}
        </div>
      </div>
      <FormError error={remove.error ?? test.error} />
      {test.isSuccess ? (
        <p role="status" className="small">
          {t.testQueued}
        </p>
      ) : null}
      {mode === 'edit' ? (
        <WebhookForm
          initial={webhook}
          isPending={update.isPending}
          error={update.error}
          onCancel={() => setMode('view')}
          onSubmit={({ secret: _secret, ...changes }) =>
            update.mutate({ id: webhook.id, changes }, { onSuccess: () => setMode('view') })
          }
        />
      ) : null}
      {mode === 'log' ? <Deliveries id={webhook.id} name={webhook.name} /> : null}
    </li>
  );
}
