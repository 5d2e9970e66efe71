import type { ActivityChannel, ActivityOutcome } from '../handoff/activity.ts';
import type { DemoRandom } from './demo-random.ts';

/** A rep's touch, `after` business minutes from the MQL. */
export interface PlannedTouch {
  after: number;
  channel: ActivityChannel;
  outcome: ActivityOutcome;
  note?: string;
  objection?: string;
  durationSeconds?: number;
}

/** What sales did with an MQL, in business minutes from the MQL (deals in days from the decision). */
export interface RelayStory {
  touches: PlannedTouch[];
  decision:
    | { after: number; decision: 'accept'; note: string }
    | { after: number; decision: 'reject'; reason: string; note: string };
}

/** Why reps turn MQLs down in the demo, by share. Codes of the default playbook. */
const REJECTIONS = {
  no_timing: 22,
  no_budget: 20,
  no_fit: 18,
  no_contact: 14,
  student: 6,
  competitor: 5,
  duplicate: 4,
  invalid_data: 4,
} as const;

type RejectionCode = keyof typeof REJECTIONS;

/** What prospects say, by the reason the rep then rejected them for (Portuguese, as reps write). */
const OBJECTIONS: Record<RejectionCode, readonly string[]> = {
  no_timing: [
    'Está trocando de CRM agora; pediu para voltar em 3 meses',
    'Time comercial em reestruturação',
    'Prioridade do trimestre é contratar vendedores',
  ],
  no_budget: [
    'Orçamento do ano já fechado',
    'Achou o preço alto para o tamanho do time',
    'Só tem verba a partir do próximo trimestre',
  ],
  no_fit: [
    'Vende só para pessoa física (B2C)',
    'Time de vendas de uma pessoa só',
    'Precisa de integração com um ERP que não atendemos',
  ],
  no_contact: [],
  student: ['Pesquisa para trabalho de conclusão de curso'],
  competitor: ['Trabalha numa empresa concorrente'],
  duplicate: [],
  invalid_data: [],
};

const REJECTION_NOTES: Record<RejectionCode, string> = {
  no_timing: 'Interesse real, mas sem momento. Devolvido para nutrição.',
  no_budget: 'Gostou da solução, sem orçamento agora.',
  no_fit: 'Fora do perfil de cliente que atendemos.',
  no_contact: 'Três tentativas sem resposta (ligação, WhatsApp e e-mail).',
  student: 'Estudante fazendo pesquisa.',
  competitor: 'Concorrente pesquisando preço.',
  duplicate: 'Mesmo contato de outro lead desta empresa.',
  invalid_data: 'Telefone e e-mail não existem.',
};

const ACCEPT_NOTES = [
  'Dor clara: leads se perdem entre marketing e vendas. Reunião marcada com o diretor.',
  'Usa planilha hoje, 8 vendedores. Quer ver a demonstração com o time.',
  'Veio pelo e-book; quer medir SLA entre as equipes. Próximo passo: proposta.',
  'Acabou de contratar SDRs e precisa de roteamento. Orçamento aprovado.',
];

const ACCEPT_OBJECTIONS = [
  'Preocupação com o tempo de implantação',
  'Pediu referência de cliente do mesmo setor',
  'Quer saber se integra com o ERP atual',
];

/** How long the first touch took, in business minutes: mostly within the hour, sometimes late. */
export function firstTouchDelay(random: DemoRandom): number {
  const roll = random.next();
  return Math.round(
    roll < 0.82 ? random.between(2, 50) : roll < 0.95 ? random.between(65, 280) : random.between(300, 900),
  );
}

/**
 * What a rep did with an MQL that was decided: touches on the cadence's channels (with
 * the objections heard), then accept (about 55%) or reject with a reason. A decision
 * comes within the 3-business-day SLA nearly always; one in twenty is late.
 */
export function relayStory(random: DemoRandom, channel: string): RelayStory {
  const first = firstTouchDelay(random);
  const decideBy = (from: number) =>
    Math.round(
      random.chance(0.95) ? random.between(from + 10, Math.max(from + 20, 1700)) : random.between(1850, 2600),
    );
  if (random.chance(channel === 'display' || channel === 'social' ? 0.45 : 0.58)) {
    const touches: PlannedTouch[] = [
      { after: first, channel: 'call', outcome: 'connected', durationSeconds: random.int(240, 1500) },
    ];
    if (random.chance(0.4)) {
      touches[0] = { ...(touches[0] as PlannedTouch), objection: random.pick(ACCEPT_OBJECTIONS) };
    }
    if (random.chance(0.6)) {
      touches.push({ after: first + random.int(20, 300), channel: 'whatsapp', outcome: 'replied' });
    }
    const last = touches.at(-1)?.after ?? first;
    return {
      touches,
      decision: { after: decideBy(last), decision: 'accept', note: random.pick(ACCEPT_NOTES) },
    };
  }
  const reason = random.weighted<RejectionCode>(
    channel === 'display' || channel === 'social' ? { ...REJECTIONS, no_fit: 30, student: 12 } : REJECTIONS,
  );
  const note = REJECTION_NOTES[reason];
  if (reason === 'no_contact') {
    const touches: PlannedTouch[] = [
      { after: first, channel: 'call', outcome: 'no_answer' },
      { after: first + random.int(60, 400), channel: 'whatsapp', outcome: 'message_sent' },
      { after: first + random.int(600, 1100), channel: 'email', outcome: 'message_sent' },
    ];
    return {
      touches,
      decision: { after: decideBy(touches[2]?.after ?? first), decision: 'reject', reason, note },
    };
  }
  if (reason === 'invalid_data') {
    return {
      touches: [{ after: first, channel: 'call', outcome: 'wrong_number' }],
      decision: { after: first + random.int(5, 60), decision: 'reject', reason, note },
    };
  }
  const objections = OBJECTIONS[reason];
  const touches: PlannedTouch[] = [
    {
      after: first,
      channel: 'call',
      outcome: reason === 'no_timing' || reason === 'no_budget' ? 'connected' : 'not_interested',
      durationSeconds: random.int(60, 600),
      ...(objections.length > 0 ? { objection: random.pick(objections) } : {}),
    },
  ];
  return { touches, decision: { after: decideBy(first), decision: 'reject', reason, note } };
}
