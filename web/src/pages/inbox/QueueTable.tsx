import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { NextStep } from '../lead/components/NextStep.tsx';
import { GradeBadge } from '../lead/components/ScoreBadges.tsx';
import { leadTitle } from '../lead/labels.ts';
import { ActionsCell, ChannelText, type ItemProps, SlaCell, WhoCell } from './QueueItemParts.tsx';

const m = defineMessages({
  'pt-BR': {
    caption: 'Meus MQLs, do mais urgente ao menos urgente',
    lead: 'Lead',
    fit: 'Fit e score',
    channel: 'Canal',
    sla: 'SLA (tempo útil)',
    next: 'Próximo passo',
    actions: 'Ações',
  },
  en: {
    caption: 'My MQLs, most urgent first',
    lead: 'Lead',
    fit: 'Fit and score',
    channel: 'Channel',
    sla: 'SLA (business time)',
    next: 'Next step',
    actions: 'Actions',
  },
});

/** The work list on a laptop: one row per MQL, most urgent first. */
export function QueueTable({ items, ...rest }: Omit<ItemProps, 'item'> & { items: ItemProps['item'][] }) {
  const t = useMessages(m);
  return (
    <div className="table-wrap card">
      <table className="data queue-table">
        <caption className="visually-hidden">{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.lead}</th>
            <th scope="col">{t.fit}</th>
            <th scope="col">{t.channel}</th>
            <th scope="col">{t.sla}</th>
            <th scope="col">{t.next}</th>
            <th scope="col">{t.actions}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.lead.id} data-lead-id={item.lead.id} aria-label={leadTitle(item.lead)}>
              <td>
                <WhoCell item={item} />
              </td>
              <td>
                <GradeBadge score={item.lead.score} showPoints />
              </td>
              <td>
                <ChannelText item={item} />
              </td>
              <td>
                <SlaCell item={item} receivedAt={rest.receivedAt} playbook={rest.playbook} />
              </td>
              <td>
                <NextStep sla={item.sla} />
              </td>
              <td>
                <ActionsCell item={item} onDecided={rest.onDecided} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
