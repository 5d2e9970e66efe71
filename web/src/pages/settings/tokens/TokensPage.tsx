import { useFormat } from '../../../app/format.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import { useCan } from '../../../app/session.tsx';
import { Badge, Card, EmptyState, ErrorState, FormError, Loading } from '../../../ui/ui.tsx';
import { ConfirmButton } from '../common/ConfirmButton.tsx';
import { useRoleLabels } from '../common/roles.ts';
import { CreateToken } from './CreateToken.tsx';
import { useRevokeToken, useTokens } from './use-tokens.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Tokens de API',
    intro: 'Cada integração usa o seu token (Authorization: Bearer …). Revogar corta o acesso na hora.',
    empty: 'Nenhum token ainda.',
    name: 'Nome',
    role: 'Papel',
    user: 'Usuário',
    prefix: 'Começa com',
    created: 'Criado',
    lastUsed: 'Último uso',
    status: 'Situação',
    active: 'Ativo',
    revoked: 'Revogado',
    never: 'nunca',
    revoke: 'Revogar',
    revokeLabel: (name: string) => `Revogar o token ${name}`,
    confirm: 'Sim, revogar',
  },
  en: {
    title: 'API tokens',
    intro: 'Each integration uses its own token (Authorization: Bearer …). Revoking cuts access at once.',
    empty: 'No tokens yet.',
    name: 'Name',
    role: 'Role',
    user: 'User',
    prefix: 'Starts with',
    created: 'Created',
    lastUsed: 'Last used',
    status: 'Status',
    active: 'Active',
    revoked: 'Revoked',
    never: 'never',
    revoke: 'Revoke',
    revokeLabel: (name: string) => `Revoke the token ${name}`,
    confirm: 'Yes, revoke',
  },
});

export function TokensPage() {
  const t = useMessages(m);
  const f = useFormat();
  const can = useCan();
  const roles = useRoleLabels();
  const tokens = useTokens();
  const revoke = useRevokeToken();
  return (
    <div className="stack">
      {can('tokens:write') ? <CreateToken /> : null}
      <Card title={t.title}>
        <p className="muted small">{t.intro}</p>
        <FormError error={revoke.error} />
        {tokens.isPending ? (
          <Loading />
        ) : tokens.isError ? (
          <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : tokens.data.items.length === 0 ? (
          <EmptyState title={t.empty} />
        ) : (
          <div className="table-wrap">
            <table className="data">
              <caption className="visually-hidden">{t.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.role}</th>
                  <th scope="col">{t.user}</th>
                  <th scope="col">{t.prefix}</th>
                  <th scope="col">{t.created}</th>
                  <th scope="col">{t.lastUsed}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t.revoke}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.data.items.map((token) => (
                  <tr key={token.id}>
                    <th scope="row">{token.name}</th>
                    <td>{roles.label(token.role)}</td>
                    <td>{token.user ? token.user.email : '—'}</td>
                    <td className="mono">{token.prefix}…</td>
                    <td>{f.dateTime(token.createdAt)}</td>
                    <td>{token.lastUsedAt ? f.dateTime(token.lastUsedAt) : t.never}</td>
                    <td>
                      {token.revokedAt ? (
                        <Badge tone="danger">{`${t.revoked} ${f.date(token.revokedAt)}`}</Badge>
                      ) : (
                        <Badge tone="success">{t.active}</Badge>
                      )}
                    </td>
                    <td>
                      {can('tokens:write') && !token.revokedAt ? (
                        <ConfirmButton
                          label={t.revokeLabel(token.name)}
                          confirm={t.confirm}
                          busy={revoke.isPending && revoke.variables === token.id}
                          onConfirm={() => revoke.mutate(token.id)}
                        >
                          {t.revoke}
                        </ConfirmButton>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
