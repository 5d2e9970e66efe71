import { Link } from 'react-router';
import { useFormat } from '../../app/format.ts';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { useSession } from '../../app/session.tsx';
import type { Lead, PlaybookDoc } from '../lead/api-types.ts';
import { GradeBadge, StageBadge } from '../lead/components/ScoreBadges.tsx';
import { NARROW, useMediaQuery } from '../lead/hooks/useMediaQuery.ts';
import { leadTitle, leadWords } from '../lead/labels.ts';

const m = defineMessages({
  'pt-BR': {
    caption: 'Leads, os mais novos primeiro',
    name: 'Lead',
    company: 'Empresa',
    stage: 'Estágio',
    grade: 'Nota',
    owner: 'Responsável',
    channel: 'Canal',
    created: 'Criado em',
  },
  en: {
    caption: 'Leads, newest first',
    name: 'Lead',
    company: 'Company',
    stage: 'Stage',
    grade: 'Grade',
    owner: 'Owner',
    channel: 'Channel',
    created: 'Created',
  },
});

/** The owner as a person reads it: you, a name the viewer may see, a queue, or nobody. */
function useOwnerName(names: ReadonlyMap<string, string>) {
  const words = useMessages(leadWords);
  const me = useSession().data?.user?.id;
  return (lead: Lead) => {
    if (lead.ownerId) {
      return lead.ownerId === me ? words.you : (names.get(lead.ownerId) ?? words.someoneElse);
    }
    return lead.queue ? words.queue(lead.queue) : '—';
  };
}

/** Leads as a table on a laptop, as a list of cards on a phone; each opens the lead's page. */
export function LeadsTable({
  leads,
  names,
  playbook,
}: {
  leads: Lead[];
  names: ReadonlyMap<string, string>;
  playbook: PlaybookDoc | undefined;
}) {
  const t = useMessages(m);
  const fmt = useFormat();
  const ownerOf = useOwnerName(names);
  const isNarrow = useMediaQuery(NARROW);
  if (isNarrow) {
    return (
      <ul className="queue-cards" aria-label={t.caption}>
        {leads.map((lead) => (
          <li key={lead.id} className="card queue-card">
            <div className="spread">
              <Link to={`/leads/${lead.id}`} className="who-name">
                {leadTitle(lead)}
              </Link>
              <StageBadge stage={lead.stage} playbook={playbook} />
            </div>
            <div className="small muted">
              {[lead.companyName, lead.firstTouch?.channel].filter(Boolean).join(' · ')}
            </div>
            <div className="spread small">
              <GradeBadge score={lead.score} />
              <span>{ownerOf(lead)}</span>
            </div>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className="table-wrap card">
      <table className="data">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.company}</th>
            <th scope="col">{t.stage}</th>
            <th scope="col">{t.grade}</th>
            <th scope="col">{t.owner}</th>
            <th scope="col">{t.channel}</th>
            <th scope="col">{t.created}</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <tr key={lead.id}>
              <td>
                <Link to={`/leads/${lead.id}`} className="who-name">
                  {leadTitle(lead)}
                </Link>
                {lead.name && lead.email ? <div className="small muted">{lead.email}</div> : null}
              </td>
              <td>{lead.companyName ?? '—'}</td>
              <td>
                <StageBadge stage={lead.stage} playbook={playbook} />
              </td>
              <td>
                <GradeBadge score={lead.score} />
              </td>
              <td>{ownerOf(lead)}</td>
              <td>{lead.firstTouch?.channel ?? '—'}</td>
              <td>{fmt.date(lead.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
