import type { ReactNode } from 'react';
import { defineMessages, useMessages } from '../../../../app/i18n.tsx';
import { DraftCheck, DraftNumber } from '../fields.tsx';
import { DraftChecks } from '../list-fields.tsx';
import { ACTIVITY_CHANNELS, CLOCK_KINDS, optionsOf } from '../vocab.ts';
import { vocab } from '../vocab-labels.ts';
import { CalendarFields } from './CalendarFields.tsx';

const m = defineMessages({
  'pt-BR': {
    sales: 'SLA de Vendas (em tempo útil, a partir da atribuição)',
    firstTouch: 'Primeiro contato',
    firstTouchWithin: 'Em até (minutos úteis)',
    warn: 'Avisar antes (minutos úteis; vazio = sem aviso)',
    attempts: 'Tentativas',
    count: 'Quantas',
    withinDays: 'Em até (dias úteis)',
    attemptChannels: 'Canais que contam como tentativa',
    decision: 'Decisão: aceitar ou rejeitar',
    decisionWithin: 'Em até (dias úteis)',
    escalation: 'Escalonamento',
    notifyManager: 'Prazo estourado avisa também os gestores do time',
    reassign: 'Prazo estourado repassa o lead ao próximo vendedor',
    reassignOn: 'Quais prazos repassam',
    marketing: 'SLA de Marketing (por mês)',
    mqls: 'MQLs por mês (vazio = sem compromisso)',
    acceptance: 'Taxa mínima de aceite, de 0 a 1 (0.6 = 60%)',
    calendar: 'Calendário comercial',
  },
  en: {
    sales: 'Sales SLA (business time, from assignment)',
    firstTouch: 'First touch',
    firstTouchWithin: 'Within (business minutes)',
    warn: 'Warn before (business minutes; empty = no warning)',
    attempts: 'Attempts',
    count: 'How many',
    withinDays: 'Within (business days)',
    attemptChannels: 'Channels that count as an attempt',
    decision: 'Decision: accept or reject',
    decisionWithin: 'Within (business days)',
    escalation: 'Escalation',
    notifyManager: 'A missed deadline also notifies the team’s managers',
    reassign: 'A missed deadline hands the lead to the next rep',
    reassignOn: 'Which deadlines reassign',
    marketing: 'Marketing SLA (per month)',
    mqls: 'MQLs per month (empty = no commitment)',
    acceptance: 'Minimum acceptance rate, 0 to 1 (0.6 = 60%)',
    calendar: 'Business calendar',
  },
});

function Clock({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="item">
      <legend>{legend}</legend>
      <div className="item-fields">{children}</div>
    </fieldset>
  );
}

export function SlaSection() {
  const t = useMessages(m);
  const v = useMessages(vocab);
  return (
    <div className="stack">
      <h3>{t.sales}</h3>
      <div className="grid grid-3">
        <Clock legend={t.firstTouch}>
          <DraftNumber path={['sla', 'firstTouch', 'businessMinutes']} label={t.firstTouchWithin} min={1} />
          <DraftNumber path={['sla', 'firstTouch', 'warnBeforeMinutes']} label={t.warn} nullable min={0} />
        </Clock>
        <Clock legend={t.attempts}>
          <DraftNumber path={['sla', 'attempts', 'count']} label={t.count} min={1} step="1" />
          <DraftNumber
            path={['sla', 'attempts', 'withinBusinessDays']}
            label={t.withinDays}
            min={1}
            step="1"
          />
          <DraftNumber path={['sla', 'attempts', 'warnBeforeMinutes']} label={t.warn} nullable min={0} />
          <div className="span-all">
            <DraftChecks
              path={['sla', 'attempts', 'channels']}
              legend={t.attemptChannels}
              options={optionsOf(ACTIVITY_CHANNELS, v.channels)}
            />
          </div>
        </Clock>
        <Clock legend={t.decision}>
          <DraftNumber path={['sla', 'decision', 'businessDays']} label={t.decisionWithin} min={1} step="1" />
          <DraftNumber path={['sla', 'decision', 'warnBeforeMinutes']} label={t.warn} nullable min={0} />
        </Clock>
      </div>
      <h3>{t.escalation}</h3>
      <DraftCheck path={['sla', 'escalation', 'notifyManager']} label={t.notifyManager} fallback />
      <DraftCheck path={['sla', 'escalation', 'reassignAfterBreach']} label={t.reassign} />
      <DraftChecks
        path={['sla', 'escalation', 'reassignOn']}
        legend={t.reassignOn}
        options={optionsOf(CLOCK_KINDS, v.clocks)}
      />
      <h3>{t.marketing}</h3>
      <div className="item-fields">
        <DraftNumber path={['sla', 'marketing', 'mqlsPerMonth']} label={t.mqls} nullable min={0} step="1" />
        <DraftNumber path={['sla', 'marketing', 'minAcceptanceRate']} label={t.acceptance} nullable min={0} />
      </div>
      <h3>{t.calendar}</h3>
      <CalendarFields />
    </div>
  );
}
