import { defineMessages } from '../../../app/i18n.tsx';

export const webhookLabels = defineMessages({
  'pt-BR': {
    events: {
      'lead.created': 'Lead criado',
      'lead.mql': 'Lead virou MQL',
      'lead.assigned': 'Lead atribuído',
      'lead.accepted': 'Lead aceito (SQL)',
      'lead.rejected': 'Lead rejeitado',
      'sla.warning': 'Prazo de SLA perto do fim',
      'sla.breached': 'SLA estourado',
      'deal.won': 'Negócio ganho',
      'deal.lost': 'Negócio perdido',
    } as Record<string, string>,
    formats: { json: 'JSON (assinado)', slack: 'Slack', teams: 'Microsoft Teams' } as Record<string, string>,
    statuses: { pending: 'Pendente', delivered: 'Entregue', failed: 'Falhou' } as Record<string, string>,
  },
  en: {
    events: {
      'lead.created': 'Lead created',
      'lead.mql': 'Lead became MQL',
      'lead.assigned': 'Lead assigned',
      'lead.accepted': 'Lead accepted (SQL)',
      'lead.rejected': 'Lead rejected',
      'sla.warning': 'SLA deadline near',
      'sla.breached': 'SLA breached',
      'deal.won': 'Deal won',
      'deal.lost': 'Deal lost',
    } as Record<string, string>,
    formats: { json: 'JSON (signed)', slack: 'Slack', teams: 'Microsoft Teams' } as Record<string, string>,
    statuses: { pending: 'Pending', delivered: 'Delivered', failed: 'Failed' } as Record<string, string>,
  },
});
