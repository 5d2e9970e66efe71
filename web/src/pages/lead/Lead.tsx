import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { useCan, useSession } from '../../app/session.tsx';
import { Card, ErrorState, Loading, PageHeader } from '../../ui/ui.tsx';
import type { Lead } from './api-types.ts';
import { ContactCard } from './ContactCard.tsx';
import { DecisionActions } from './components/DecisionActions.tsx';
import { LogActivity } from './components/LogActivity.tsx';
import { GradeBadge, StageBadge } from './components/ScoreBadges.tsx';
import { DealsCard } from './DealsCard.tsx';
import { useLead, useLeadSla, usePlaybook } from './hooks/useLeadData.ts';
import { leadTitle } from './labels.ts';
import { OwnerCard } from './OwnerCard.tsx';
import { ScoreCard } from './ScoreCard.tsx';
import { SlaCard } from './SlaCard.tsx';
import { StageMove } from './StageMove.tsx';
import { TimelineCard } from './TimelineCard.tsx';
import '../inbox/inbox.css';

const m = defineMessages({
  'pt-BR': {
    back: '← Leads',
    inbox: '← Caixa de entrada',
    work: 'Trabalhar o lead',
    decideHelp: 'MQL com você: registre as tentativas e decida (aceitar ou rejeitar com motivo).',
  },
  en: {
    back: '← Leads',
    inbox: '← Inbox',
    work: 'Work the lead',
    decideHelp: 'An MQL with you: log your attempts and decide (accept, or reject with a reason).',
  },
});

/** A rep works their own leads; managers and admins work any (the server checks again). */
function useMayWork(lead: Lead | undefined): boolean {
  const can = useCan();
  const session = useSession().data;
  if (!lead || !can('leads:work')) {
    return false;
  }
  return session?.role !== 'sales_rep' || lead.ownerId === session.user?.id;
}

/** The lead's 360º page: who, company, score explained, SLA, owner and why, timeline, deals, actions by role. */
export function Component() {
  const t = useMessages(m);
  const { id = '' } = useParams();
  const can = useCan();
  const lead = useLead(id);
  const sla = useLeadSla(id);
  const playbook = usePlaybook();
  const mayWork = useMayWork(lead.data);
  const [message, setMessage] = useState('');
  const isRep = useSession().data?.role === 'sales_rep';
  const backLink = isRep ? <Link to="/inbox">{t.inbox}</Link> : <Link to="/leads">{t.back}</Link>;

  if (lead.isPending) {
    return <Loading />;
  }
  if (lead.isError) {
    return (
      <>
        {backLink}
        <ErrorState error={lead.error} onRetry={() => lead.refetch()} />
      </>
    );
  }
  const data = lead.data;
  const name = leadTitle(data);
  return (
    <>
      <p className="small" style={{ margin: '0 0 0.5rem' }}>
        {backLink}
      </p>
      <PageHeader
        title={name}
        subtitle={
          [data.jobTitle, data.company?.name ?? data.companyName].filter(Boolean).join(' · ') || data.email
        }
        actions={
          <>
            <StageBadge stage={data.stage} playbook={playbook.data} />
            <GradeBadge score={data.score} />
          </>
        }
      />
      <p className="inbox-message" role="status">
        {message}
      </p>
      {mayWork ? (
        <Card title={t.work} className="work-card">
          {data.stage === 'mql' ? <p className="small muted">{t.decideHelp}</p> : null}
          <div className="spread">
            <LogActivity
              leadId={id}
              leadName={name}
              whatsappLink={sla.data?.whatsappLink ?? null}
              channels={['call', 'whatsapp', 'email', 'meeting']}
            />
            {data.stage === 'mql' ? (
              <DecisionActions leadId={id} leadName={name} onDecided={setMessage} />
            ) : null}
          </div>
        </Card>
      ) : null}
      <div className="lead-layout">
        <div className="stack">
          <ContactCard lead={data} />
          <SlaCard lead={data} sla={sla} playbook={playbook.data} />
          <OwnerCard lead={data} assignment={sla.data?.assignment ?? null} playbook={playbook.data} />
          {can('leads:move') ? <StageMove lead={data} /> : null}
          <DealsCard leadId={id} />
        </div>
        <div className="stack">
          <ScoreCard leadId={id} playbook={playbook.data} />
          <TimelineCard leadId={id} playbook={playbook.data} />
        </div>
      </div>
    </>
  );
}
