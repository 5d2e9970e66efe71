import { useState } from 'react';
import { useFormat } from '../../app/format.ts';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { useCan, useSession } from '../../app/session.tsx';
import { Button, Card, FormError, SelectField } from '../../ui/ui.tsx';
import type { Assignment, Lead, PlaybookDoc } from './api-types.ts';
import { useUsers } from './hooks/useLeadData.ts';
import { useAssign } from './hooks/useWorkActions.ts';
import { actorText, leadWords, localize } from './labels.ts';

const m = defineMessages({
  'pt-BR': {
    title: 'Responsável e por quê',
    nobody: 'Ninguém ainda: o lead não foi atribuído.',
    assignedAt: (when: string, actor: string) => `Atribuído em ${when} por ${actor}.`,
    rule: 'Regra',
    rules: { account_owner: 'Dono da conta', fallback: 'Reserva (fallback)', manual: 'Atribuição manual' },
    passedOver: 'Também consideradas',
    eligible: 'disponível, o rodízio escolheu outra pessoa',
    reasons: {
      inactive: 'inativo(a)',
      out_of_office: 'ausente',
      at_capacity: 'no limite de MQLs abertos',
      zero_weight: 'peso 0 no rodízio',
      unknown_user: 'usuário desconhecido',
      other_region: 'outra região',
      excluded: 'excluído(a) (estourou o prazo)',
    } as Record<string, string>,
    reassign: 'Reatribuir para',
    byRules: 'As regras de roteamento (de novo)',
    doReassign: 'Reatribuir',
  },
  en: {
    title: 'Owner and why',
    nobody: 'Nobody yet: the lead has not been assigned.',
    assignedAt: (when: string, actor: string) => `Assigned on ${when} by ${actor}.`,
    rule: 'Rule',
    rules: { account_owner: 'Account owner', fallback: 'Fallback', manual: 'Manual assignment' },
    passedOver: 'Also considered',
    eligible: 'available, round robin chose someone else',
    reasons: {
      inactive: 'inactive',
      out_of_office: 'out of office',
      at_capacity: 'at the open-MQL limit',
      zero_weight: 'round-robin weight 0',
      unknown_user: 'unknown user',
      other_region: 'other region',
      excluded: 'excluded (missed the deadline)',
    } as Record<string, string>,
    reassign: 'Reassign to',
    byRules: 'The routing rules (again)',
    doReassign: 'Reassign',
  },
});

const BY_RULES = '__rules__';

/** Who owns the lead, which rule chose them, who else was looked at and why not; managers reassign. */
export function OwnerCard({
  lead,
  assignment,
  playbook,
}: {
  lead: Lead;
  assignment: Assignment | null;
  playbook: PlaybookDoc | undefined;
}) {
  const t = useMessages(m);
  const words = useMessages(leadWords);
  const fmt = useFormat();
  const can = useCan();
  const me = useSession().data?.user?.id;
  const ruleName = (ruleId: string) =>
    (t.rules as Record<string, string>)[ruleId] ??
    localize(playbook?.playbook.routing.rules.find((r) => r.id === ruleId)?.label, fmt.lang) ??
    ruleId;
  const owner = lead.ownerId
    ? lead.ownerId === me
      ? words.you
      : ((assignment?.userId === lead.ownerId ? assignment?.userName : null) ?? words.someoneElse)
    : lead.queue
      ? words.queue(lead.queue)
      : null;
  const others = (assignment?.candidates ?? []).filter((c) => c.userId !== assignment?.userId);
  return (
    <Card title={t.title}>
      {owner ? (
        <p style={{ fontSize: '1.1rem', fontWeight: 650, margin: 0 }}>{owner}</p>
      ) : (
        <p className="muted">{t.nobody}</p>
      )}
      {assignment ? (
        <>
          <p className="small muted">
            {t.assignedAt(fmt.dateTime(assignment.at), actorText(assignment.actor, words))}
          </p>
          <p>
            <span className="muted">{t.rule}: </span>
            <strong>{ruleName(assignment.ruleId)}</strong>
          </p>
          {others.length > 0 ? (
            <>
              <h3>{t.passedOver}</h3>
              <ul className="small">
                {others.map((c) => (
                  <li key={`${c.ruleId}-${c.userId}`}>
                    {c.name ?? c.userId} ({ruleName(c.ruleId)}):{' '}
                    {c.eligible ? t.eligible : (t.reasons[c.reason ?? ''] ?? c.reason)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      {can('leads:assign') ? <Reassign lead={lead} /> : null}
    </Card>
  );
}

function Reassign({ lead }: { lead: Lead }) {
  const t = useMessages(m);
  const can = useCan();
  const users = useUsers(can('users:read'));
  const assign = useAssign(lead.id);
  const [target, setTarget] = useState(BY_RULES);
  const options = (users.data?.items ?? [])
    .filter(
      (u) => u.isActive && (u.role === 'sales_rep' || u.role === 'sales_manager') && u.id !== lead.ownerId,
    )
    .map((u) => ({ value: u.id, label: u.team ? `${u.name} (${u.team})` : u.name }));
  return (
    <form
      className="stack"
      style={{ marginTop: '1rem' }}
      onSubmit={(e) => {
        e.preventDefault();
        assign.mutate(target === BY_RULES ? {} : { userId: target });
      }}
    >
      <SelectField
        label={t.reassign}
        value={target}
        onChange={(e) => setTarget(e.target.value)}
        options={[{ value: BY_RULES, label: t.byRules }, ...options]}
      />
      <FormError error={assign.error} />
      <div>
        <Button type="submit" busy={assign.isPending}>
          {t.doReassign}
        </Button>
      </div>
    </form>
  );
}
