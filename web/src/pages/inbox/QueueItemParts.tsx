import { Link } from 'react-router';
import { useMessages } from '../../app/i18n.tsx';
import type { PlaybookDoc, QueueItem } from '../lead/api-types.ts';
import { ClockList } from '../lead/components/ClockList.tsx';
import { DecisionActions } from '../lead/components/DecisionActions.tsx';
import { LogActivity } from '../lead/components/LogActivity.tsx';
import { leadTitle, leadWords } from '../lead/labels.ts';
import { channelOf } from './queue-filters.ts';

/** What every view of a queue item shows, so the table and the cards stay the same. */
export interface ItemProps {
  item: QueueItem;
  receivedAt: number;
  playbook: PlaybookDoc | undefined;
  onDecided(message: string): void;
}

/** Name (to the lead page), job and company. */
export function WhoCell({ item }: { item: QueueItem }) {
  const { lead } = item;
  return (
    <div className="who">
      <Link to={`/leads/${lead.id}`} className="who-name">
        {leadTitle(lead)}
      </Link>
      <div className="small muted">
        {[lead.jobTitle, lead.companyName].filter(Boolean).join(' · ') || lead.email}
      </div>
    </div>
  );
}

export function ChannelText({ item }: { item: QueueItem }) {
  const words = useMessages(leadWords);
  return <span>{channelOf(item) || <span className="muted">{words.noChannel}</span>}</span>;
}

export function SlaCell({ item, receivedAt, playbook }: Omit<ItemProps, 'onDecided'>) {
  return <ClockList lead={item.lead} sla={item.sla} receivedAt={receivedAt} playbook={playbook} />;
}

export function ActionsCell({ item, onDecided }: Pick<ItemProps, 'item' | 'onDecided'>) {
  const name = leadTitle(item.lead);
  return (
    <div className="work-actions">
      <LogActivity leadId={item.lead.id} leadName={name} whatsappLink={item.sla.whatsappLink} />
      <DecisionActions leadId={item.lead.id} leadName={name} onDecided={onDecided} />
    </div>
  );
}
