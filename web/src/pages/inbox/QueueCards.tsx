import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { NextStep } from '../lead/components/NextStep.tsx';
import { GradeBadge } from '../lead/components/ScoreBadges.tsx';
import { leadTitle } from '../lead/labels.ts';
import { ActionsCell, ChannelText, type ItemProps, SlaCell, WhoCell } from './QueueItemParts.tsx';

const m = defineMessages({
  'pt-BR': { list: 'Meus MQLs, do mais urgente ao menos urgente', channel: 'Canal' },
  en: { list: 'My MQLs, most urgent first', channel: 'Channel' },
});

/** The work list on a phone: a card per MQL, the clock and the buttons within thumb's reach. */
export function QueueCards({ items, ...rest }: Omit<ItemProps, 'item'> & { items: ItemProps['item'][] }) {
  const t = useMessages(m);
  return (
    <ul className="queue-cards" aria-label={t.list}>
      {items.map((item) => (
        <li key={item.lead.id}>
          <article className="card queue-card" data-lead-id={item.lead.id} aria-label={leadTitle(item.lead)}>
            <div className="spread">
              <WhoCell item={item} />
              <GradeBadge score={item.lead.score} showPoints />
            </div>
            <div className="small">
              <span className="muted">{t.channel}: </span>
              <ChannelText item={item} />
            </div>
            <SlaCell item={item} receivedAt={rest.receivedAt} playbook={rest.playbook} />
            <NextStep sla={item.sla} />
            <ActionsCell item={item} onDecided={rest.onDecided} />
          </article>
        </li>
      ))}
    </ul>
  );
}
