import { whatsappLink } from '../handoff/whatsapp-link.ts';
import type { NotificationEvent, NotificationEventType } from './notification-event.ts';

/** A chat message's content before it is shaped for Slack or Teams; texts in pt-BR. */
export interface EventDescription {
  title: string;
  /** `Nome · Empresa`, or what is known of them. */
  summary: string;
  fields: { label: string; value: string }[];
  whatsappUrl: string | null;
  link: string | null;
}

const CLOCK_LABELS: Record<string, string> = {
  first_touch: 'Primeiro contato',
  attempts: 'Tentativas',
  decision: 'Decisão (aceitar ou rejeitar)',
};

/**
 * What a chat message says about an event, in pt-BR: a title, the lead and company, the
 * grade, owner and the details the type carries, a WhatsApp click-to-chat link when the
 * lead has a phone, and the link to the lead. Dates are shown in `timeZone`.
 *
 * @example describeEvent({ type: 'lead.mql', lead: { name: 'João Silva', companyName: 'Acme', grade: 'A', … }, … }).title // 'Novo MQL'
 */
export function describeEvent(event: NotificationEvent, timeZone = 'America/Sao_Paulo'): EventDescription {
  const { lead } = event;
  const details = event.details ?? {};
  const fields: EventDescription['fields'] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') {
      fields.push({ label, value });
    }
  };
  add('Nota de fit', lead.grade);
  add('Responsável', lead.ownerName);
  add('E-mail', lead.email);
  add('Telefone', lead.phoneE164);
  if (typeof details.clock === 'string') {
    add('Prazo', CLOCK_LABELS[details.clock] ?? details.clock);
  }
  if (typeof details.dueAt === 'number') {
    add('Vence em', formatDateTime(details.dueAt, timeZone));
  }
  if (typeof details.reason === 'string') {
    add('Motivo', details.reason);
  }
  if (typeof details.amount === 'number') {
    add(
      'Valor',
      formatMoney(details.amount, typeof details.currency === 'string' ? details.currency : 'BRL'),
    );
  }
  if (typeof details.ruleId === 'string') {
    add('Regra', details.ruleId);
  }
  const firstName = lead.name?.trim().split(/\s+/)[0];
  return {
    title: titleOf(event.type, lead.ownerName ?? null),
    summary: [lead.name ?? lead.email ?? 'Lead sem nome', lead.companyName].filter(Boolean).join(' · '),
    fields,
    whatsappUrl: lead.phoneE164
      ? whatsappLink(lead.phoneE164, firstName ? `Olá, ${firstName}!` : undefined)
      : null,
    link: event.link ?? null,
  };
}

function titleOf(type: NotificationEventType, ownerName: string | null): string {
  switch (type) {
    case 'lead.created':
      return 'Novo lead';
    case 'lead.mql':
      return 'Novo MQL';
    case 'lead.assigned':
      return ownerName ? `Lead atribuído a ${ownerName}` : 'Lead atribuído';
    case 'lead.accepted':
      return 'Lead aceito por vendas (SQL)';
    case 'lead.rejected':
      return 'Lead rejeitado por vendas';
    case 'sla.warning':
      return 'SLA perto de vencer';
    case 'sla.breached':
      return 'SLA estourado';
    case 'deal.won':
      return 'Negócio ganho';
    case 'deal.lost':
      return 'Negócio perdido';
    default: {
      const unreachable: never = type;
      throw new Error(`unknown event type ${String(unreachable)}`);
    }
  }
}

const formatDateTime = (ms: number, timeZone: string): string =>
  new Intl.DateTimeFormat('pt-BR', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(ms);

function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('pt-BR', { style: 'currency', currency }).format(amount);
  } catch {
    // A currency code Intl does not know: show the number and the code as given.
    return `${new Intl.NumberFormat('pt-BR').format(amount)} ${currency}`;
  }
}
