import type { Lang } from './localized-text.ts';

/** The words of the routing section of the rendered playbook, per language. */
export interface RoutingLabels {
  heading: string;
  accountOwnerFirst: string;
  noAccountOwnerFirst: string;
  rulesIntro: string;
  order: string;
  rule: string;
  when: string;
  assignTo: string;
  everyLead: string;
  user: (email: string) => string;
  team: (name: string) => string;
  matchRegion: string;
  fallback: string;
  fallbackWhen: string;
  queue: (name: string) => string;
  /** After a fallback team: where the lead waits if nobody in it can take it. */
  orQueue: (name: string) => string;
  roundRobin: string;
}

export const ROUTING_LABELS: Record<Lang, RoutingLabels> = {
  'pt-BR': {
    heading: 'Roteamento',
    accountOwnerFirst:
      'Primeiro, o dono da conta: se a empresa do lead já tem um dono ativo e fora de ausência, ele recebe o lead (mesmo no limite de MQLs abertos).',
    noAccountOwnerFirst: 'O dono da conta não tem prioridade: as regras abaixo decidem.',
    rulesIntro:
      'Depois, as regras em ordem: vale a primeira cujas condições o lead cumpre e cujo destino tem alguém disponível; se ninguém do destino pode receber o lead, vale a regra seguinte. A última linha é a reserva.',
    order: 'Ordem',
    rule: 'Regra',
    when: 'Quando',
    assignTo: 'Vai para',
    everyLead: 'qualquer lead',
    user: (email) => `o usuário ${email}`,
    team: (name) => `o time “${name}”`,
    matchRegion: ', só quem cobre o estado ou a região da empresa',
    fallback: 'Reserva',
    fallbackWhen: 'nenhuma regra acima atribuiu o lead',
    queue: (name) => `a fila “${name}”, à espera de alguém assumir`,
    orQueue: (name) => `; sem ninguém disponível, a fila “${name}”`,
    roundRobin:
      'Num time, os leads são distribuídos em rodízio ponderado (round robin): quem tem peso 2 recebe o dobro de leads de quem tem peso 1. Ficam fora do rodízio os vendedores inativos, ausentes, no limite de MQLs abertos ou com peso 0.',
  },
  en: {
    heading: 'Routing',
    accountOwnerFirst:
      "First, the account owner: if the lead's company already has an owner who is active and not out of office, they get the lead (even at their open-MQL limit).",
    noAccountOwnerFirst: 'The account owner has no priority: the rules below decide.',
    rulesIntro:
      'Then the rules, in order: the first whose conditions the lead meets and whose target has someone available wins; if nobody in the target can take the lead, the next rule applies. The last row is the fallback.',
    order: 'Order',
    rule: 'Rule',
    when: 'When',
    assignTo: 'Goes to',
    everyLead: 'any lead',
    user: (email) => `user ${email}`,
    team: (name) => `team “${name}”`,
    matchRegion: ", only reps covering the company's state or region",
    fallback: 'Fallback',
    fallbackWhen: 'no rule above assigned the lead',
    queue: (name) => `queue “${name}”, waiting for someone to pick it up`,
    orQueue: (name) => `; with nobody available, queue “${name}”`,
    roundRobin:
      'Within a team, leads are shared by weighted round robin: a rep with weight 2 gets twice the leads of a rep with weight 1. Reps who are inactive, out of office, at their open-MQL limit or with weight 0 are left out.',
  },
};
