import type { ActivityChannel } from '../handoff/activity.ts';
import type { ClockKind } from '../sla/sla-policy-schema.ts';
import type { Lang } from './localized-text.ts';

/** The words of the SLA section of the rendered playbook, per language. */
export interface SlaLabels {
  heading: string;
  intro: string;
  sales: string;
  escalation: string;
  marketing: string;
  businessMinutes: (n: number, formatted: string) => string;
  businessHours: (n: number, formatted: string) => string;
  businessDays: (n: number, formatted: string) => string;
  firstTouch: (within: string, warning: string) => string;
  attempts: (n: number, count: string, channels: string, within: string, warning: string) => string;
  decision: (within: string, warning: string) => string;
  warnBefore: (time: string) => string;
  noWarning: string;
  notifyManagers: string;
  notifyOwnerOnly: string;
  reassign: (clocks: string) => string;
  noReassign: string;
  /** A clock in running text, after "the deadline of" / "o prazo de". */
  clocks: Record<ClockKind, string>;
  /** A channel in running text (lower case where the language writes it so). */
  channels: Record<ActivityChannel, string>;
  mqlsPerMonth: (n: number, formatted: string) => string;
  noMqlsPerMonth: string;
  minAcceptanceRate: (rate: string) => string;
  noMinAcceptanceRate: string;
}

export const SLA_LABELS: Record<Lang, SlaLabels> = {
  'pt-BR': {
    heading: 'SLA: compromissos de Vendas e Marketing',
    intro:
      'Os prazos de Vendas começam quando o lead é atribuído a um vendedor e contam só o tempo útil do calendário comercial (horário de trabalho, sem fins de semana nem feriados).',
    sales: 'Vendas',
    escalation: 'Prazo estourado',
    marketing: 'Marketing',
    businessMinutes: (n, f) => `${f} ${n === 1 ? 'minuto útil' : 'minutos úteis'}`,
    businessHours: (n, f) => `${f} ${n === 1 ? 'hora útil' : 'horas úteis'}`,
    businessDays: (n, f) => `${f} ${n === 1 ? 'dia útil' : 'dias úteis'}`,
    firstTouch: (within, warning) =>
      `Primeiro contato em até ${within} da atribuição, por qualquer canal; ${warning}.`,
    attempts: (n, count, channels, within, warning) =>
      `${count} ${n === 1 ? 'tentativa' : 'tentativas'} por ${channels} em até ${within} da atribuição; ${warning}.`,
    decision: (within, warning) =>
      `Decisão (aceitar como SQL ou rejeitar com um dos motivos de rejeição) em até ${within} da atribuição; ${warning}.`,
    warnBefore: (time) => `o responsável é avisado ${time} antes do prazo`,
    noWarning: 'sem aviso antes do prazo',
    notifyManagers: 'Quando um prazo estoura, o responsável e os gestores do time dele são avisados.',
    notifyOwnerOnly: 'Quando um prazo estoura, o responsável é avisado (os gestores, não).',
    reassign: (clocks) =>
      `Quando estoura o prazo de ${clocks}, o lead passa ao próximo vendedor pelas regras de roteamento (sem o responsável atual).`,
    noReassign: 'O lead não é repassado automaticamente a outro vendedor.',
    clocks: { first_touch: 'primeiro contato', attempts: 'tentativas', decision: 'decisão' },
    channels: { call: 'ligação', whatsapp: 'WhatsApp', email: 'e-mail', meeting: 'reunião' },
    mqlsPerMonth: (n, f) =>
      `Entregar ${f} ${n === 1 ? 'MQL' : 'MQLs'} por mês do calendário (no fuso horário do calendário comercial).`,
    noMqlsPerMonth: 'MQLs por mês: não definido.',
    minAcceptanceRate: (rate) =>
      `Taxa mínima de aceitação por Vendas: ${rate} dos MQLs decididos no mês (aceitos sobre aceitos mais rejeitados).`,
    noMinAcceptanceRate: 'Taxa mínima de aceitação por Vendas: não definida.',
  },
  en: {
    heading: 'SLA: Sales and Marketing commitments',
    intro:
      'Sales deadlines start when the lead is assigned to a rep and count business time only, by the business calendar (working hours, no weekends or holidays).',
    sales: 'Sales',
    escalation: 'Missed deadlines',
    marketing: 'Marketing',
    businessMinutes: (n, f) => `${f} business ${n === 1 ? 'minute' : 'minutes'}`,
    businessHours: (n, f) => `${f} business ${n === 1 ? 'hour' : 'hours'}`,
    businessDays: (n, f) => `${f} business ${n === 1 ? 'day' : 'days'}`,
    firstTouch: (within, warning) =>
      `First touch within ${within} of assignment, on any channel; ${warning}.`,
    attempts: (n, count, channels, within, warning) =>
      `${count} ${n === 1 ? 'attempt' : 'attempts'} by ${channels} within ${within} of assignment; ${warning}.`,
    decision: (within, warning) =>
      `A decision (accept as SQL, or reject with one of the rejection reasons) within ${within} of assignment; ${warning}.`,
    warnBefore: (time) => `the owner is warned ${time} before the deadline`,
    noWarning: 'no warning before the deadline',
    notifyManagers: "When a deadline is missed, the owner and the managers of the owner's team are notified.",
    notifyOwnerOnly: 'When a deadline is missed, the owner is notified (the managers are not).',
    reassign: (clocks) =>
      `When the ${clocks} deadline is missed, the lead goes to the next rep by the routing rules (the current owner left out).`,
    noReassign: 'The lead is not reassigned to another rep automatically.',
    clocks: { first_touch: 'first-touch', attempts: 'attempts', decision: 'decision' },
    channels: { call: 'call', whatsapp: 'WhatsApp', email: 'e-mail', meeting: 'meeting' },
    mqlsPerMonth: (n, f) =>
      `Deliver ${f} ${n === 1 ? 'MQL' : 'MQLs'} per calendar month (in the business calendar's time zone).`,
    noMqlsPerMonth: 'MQLs per month: not set.',
    minAcceptanceRate: (rate) =>
      `Minimum acceptance rate by Sales: ${rate} of the MQLs decided in the month (accepted over accepted plus rejected).`,
    noMinAcceptanceRate: 'Minimum acceptance rate by Sales: not set.',
  },
};
