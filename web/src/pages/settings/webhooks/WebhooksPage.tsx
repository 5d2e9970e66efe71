import { useState } from 'react';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { useCan } from '../../../app/session.tsx';
import { Button, Card, EmptyState, ErrorState, Loading } from '../../../ui/ui.tsx';
import { SecretOnce } from '../common/SecretOnce.tsx';
import { useCreateWebhook, useWebhooks } from './use-webhooks.ts';
import { WebhookForm } from './WebhookForm.tsx';
import { WebhookItem } from './WebhookItem.tsx';

const m = defineMessages({
  'pt-BR': {
    title: 'Webhooks',
    intro: 'Bastão envia cada evento assinado com HMAC-SHA256; falhas são repetidas por cerca de 31 horas.',
    add: 'Novo webhook',
    empty: 'Nenhum webhook. Crie um para avisar o seu CRM, Slack ou Teams.',
    secret: (name: string) => `Segredo do webhook ${name}`,
  },
  en: {
    title: 'Webhooks',
    intro: 'Bastão sends every event signed with HMAC-SHA256; failures are retried for about 31 hours.',
    add: 'New webhook',
    empty: 'No webhooks. Create one to tell your CRM, Slack or Teams.',
    secret: (name: string) => `Secret of the webhook ${name}`,
  },
});

export function WebhooksPage() {
  const t = useMessages(m);
  const canWrite = useCan()('webhooks:write');
  const webhooks = useWebhooks();
  const create = useCreateWebhook();
  const [isAdding, setAdding] = useState(false);
  const created = create.data;
  return (
    <Card
      title={t.title}
      actions={canWrite && !isAdding ? <Button onClick={() => setAdding(true)}>{t.add}</Button> : null}
    >
      <p className="muted small">{t.intro}</p>
      {created?.secret ? (
        <SecretOnce label={t.secret(created.name)} secret={created.secret} onDone={() => create.reset()} />
      ) : null}
      {isAdding ? (
        <WebhookForm
          isPending={create.isPending}
          error={create.error}
          onCancel={() => setAdding(false)}
          onSubmit={(input) => create.mutate(input, { onSuccess: () => setAdding(false) })}
        />
      ) : null}
      {webhooks.isPending ? (
        <Loading />
      ) : webhooks.isError ? (
        <ErrorState error={webhooks.error} onRetry={() => void webhooks.refetch()} />
      ) : webhooks.data.items.length === 0 ? (
        <EmptyState title={t.empty} />
      ) : (
        <ul className="webhooks">
          {webhooks.data.items.map((w) => (
            <WebhookItem key={w.id} webhook={w} />
          ))}
        </ul>
      )}
    </Card>
  );
}
