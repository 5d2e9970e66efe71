import type { EventType } from '../events/event.ts';
import type { FitField } from './fit-schema.ts';
import type { Lang } from './localized-text.ts';

/** Every fixed word of the rendered playbook, per language (pt-BR is the default). */
export interface PlaybookLabels {
  title: string;
  intro: string;
  version: (number: number, date: string, by: string) => string;
  note: string;
  stages: string;
  stage: string;
  definition: string;
  icp: string;
  fit: string;
  fitIntro: string;
  matching: string;
  rule: string;
  condition: string;
  points: string;
  grades: string;
  gradeFrom: (grade: string, min: string) => string;
  gradeBelow: (min: string) => string;
  engagement: string;
  engagementIntro: string;
  counts: string;
  once: string;
  each: string;
  upTo: (cap: string) => string;
  noFade: string;
  decayNone: string;
  decayHalfLife: (days: string) => string;
  decayExpire: (days: string) => string;
  totalCap: (cap: string) => string;
  mql: string;
  mqlIntro: string;
  lifecycle: string;
  coolOff: (days: string) => string;
  noCoolOff: string;
  rejection: string;
  code: string;
  reason: string;
  sendsTo: string;
  signatures: string;
  marketing: string;
  sales: string;
  signatureLines: readonly string[];
  pointsUnit: (n: number, formatted: string) => string;
  and: string;
  or: string;
  operators: {
    equals: string;
    in: string;
    contains: string;
    between: (min: string, max: string) => string;
    atLeast: (min: string) => string;
    atMost: (max: string) => string;
    exists: string;
  };
  where: string;
  prop: (name: string) => string;
  fields: Record<FitField, string>;
  customField: (key: string) => string;
  companyCustomField: (key: string) => string;
  events: Record<EventType, string>;
  minGrade: (grade: string) => string;
  minFit: (points: string) => string;
  minEngagement: (points: string) => string;
  handRaise: (events: string) => string;
  withinDays: (days: string) => string;
}

export const PLAYBOOK_LABELS: Record<Lang, PlaybookLabels> = {
  'pt-BR': {
    title: 'Acordo de Marketing e Vendas',
    intro:
      'Este documento é o acordo entre Marketing e Vendas: as definições, regras e compromissos que o Bastão aplica e mede. Mudanças geram uma nova versão.',
    version: (number, date, by) => `Versão ${number}, de ${date}, por ${by}.`,
    note: 'Nota da versão',
    stages: 'Estágios do funil',
    stage: 'Estágio',
    definition: 'Definição',
    icp: 'Perfil de cliente ideal (ICP)',
    fit: 'Fit: aderência ao ICP',
    fitIntro: 'Cada regra que vale para o lead soma (ou subtrai) pontos de fit.',
    matching:
      'Textos são comparados sem diferenciar maiúsculas e acentos; “contém” procura cada palavra no início de uma palavra.',
    rule: 'Regra',
    condition: 'Condição',
    points: 'Pontos',
    grades: 'Notas de fit',
    gradeFrom: (grade, min) => `${grade}: ${min} ou mais`,
    gradeBelow: (min) => `D: abaixo de ${min}`,
    engagement: 'Engajamento',
    engagementIntro: 'Cada interação que casa com uma regra soma (ou subtrai) pontos de engajamento.',
    counts: 'Contagem',
    once: 'uma vez (a mais recente)',
    each: 'cada vez',
    upTo: (cap) => `até ${cap} no total`,
    noFade: 'não perde valor com o tempo',
    decayNone: 'Os pontos de engajamento não perdem valor com o tempo.',
    decayHalfLife: (days) => `Os pontos de engajamento caem pela metade a cada ${days} dias.`,
    decayExpire: (days) => `Os pontos de engajamento expiram depois de ${days} dias.`,
    totalCap: (cap) => `O engajamento total é limitado a ${cap}.`,
    mql: 'Regra de MQL',
    mqlIntro: 'O lead vira MQL quando qualquer uma destas condições vale:',
    lifecycle: 'Nutrição e requalificação',
    coolOff: (days) =>
      `Um lead em nutrição volta a ser MQL quando cumpre a regra de novo, depois de ${days} dias em nutrição.`,
    noCoolOff: 'Um lead em nutrição volta a ser MQL assim que cumpre a regra de novo.',
    rejection: 'Motivos de rejeição',
    code: 'Código',
    reason: 'Motivo',
    sendsTo: 'Vai para',
    signatures: 'Assinaturas',
    marketing: 'Marketing',
    sales: 'Vendas',
    signatureLines: ['Nome', 'Cargo', 'Data', 'Assinatura'],
    pointsUnit: (n, formatted) => `${formatted} ${Math.abs(n) === 1 ? 'ponto' : 'pontos'}`,
    and: 'e',
    or: 'ou',
    operators: {
      equals: 'é',
      in: 'é um de',
      contains: 'contém',
      between: (min, max) => `entre ${min} e ${max}`,
      atLeast: (min) => `a partir de ${min}`,
      atMost: (max) => `até ${max}`,
      exists: 'preenchido',
    },
    where: 'com',
    prop: (name) => `a propriedade ${name}`,
    fields: {
      jobTitle: 'Cargo',
      email: 'E-mail',
      name: 'Nome',
      phone: 'Telefone',
      channel: 'Canal de origem',
      'company.segment': 'Segmento da empresa',
      'company.size': 'Porte da empresa',
      'company.employees': 'Funcionários da empresa',
      'company.state': 'Estado (UF) da empresa',
      'company.region': 'Região da empresa',
      'company.country': 'País da empresa',
      'company.domain': 'Domínio da empresa',
    },
    customField: (key) => `Campo “${key}” do lead`,
    companyCustomField: (key) => `Campo “${key}” da empresa`,
    events: {
      page_view: 'Visita de página',
      email_open: 'Abertura de e-mail',
      email_click: 'Clique em e-mail',
      email_bounce: 'E-mail devolvido (bounce)',
      email_unsubscribe: 'Descadastro de e-mails',
      form_submit: 'Envio de formulário',
      download: 'Download de material',
      webinar: 'Webinar',
      demo_request: 'Pedido de demonstração',
      proposal_request: 'Pedido de proposta',
      whatsapp_message: 'Mensagem de WhatsApp',
      custom: 'Evento personalizado',
    },
    minGrade: (grade) => `nota ${grade} ou melhor`,
    minFit: (points) => `fit de ${points} ou mais`,
    minEngagement: (points) => `engajamento de ${points} ou mais`,
    handRaise: (events) => `pediu contato (${events})`,
    withinDays: (days) => `nos últimos ${days} dias`,
  },
  en: {
    title: 'Marketing and Sales agreement',
    intro:
      'This document is the agreement between Marketing and Sales: the definitions, rules and commitments Bastão enforces and measures. Changes make a new version.',
    version: (number, date, by) => `Version ${number}, of ${date}, by ${by}.`,
    note: 'Version note',
    stages: 'Lifecycle stages',
    stage: 'Stage',
    definition: 'Definition',
    icp: 'Ideal customer profile (ICP)',
    fit: 'Fit with the ICP',
    fitIntro: 'Each rule that holds for the lead adds (or takes away) fit points.',
    matching:
      'Text is compared ignoring case and accents; “contains” looks for each keyword at the start of a word.',
    rule: 'Rule',
    condition: 'Condition',
    points: 'Points',
    grades: 'Fit grades',
    gradeFrom: (grade, min) => `${grade}: ${min} or more`,
    gradeBelow: (min) => `D: below ${min}`,
    engagement: 'Engagement',
    engagementIntro: 'Each interaction that matches a rule adds (or takes away) engagement points.',
    counts: 'Counted',
    once: 'once (the newest)',
    each: 'each time',
    upTo: (cap) => `up to ${cap} in total`,
    noFade: 'does not fade with time',
    decayNone: 'Engagement points do not lose value with time.',
    decayHalfLife: (days) => `Engagement points halve every ${days} days.`,
    decayExpire: (days) => `Engagement points expire after ${days} days.`,
    totalCap: (cap) => `Total engagement is capped at ${cap}.`,
    mql: 'MQL rule',
    mqlIntro: 'A lead becomes MQL when any of these conditions holds:',
    lifecycle: 'Nurture and re-qualification',
    coolOff: (days) =>
      `A lead in nurture becomes MQL again when it meets the rule again, after ${days} days in nurture.`,
    noCoolOff: 'A lead in nurture becomes MQL again as soon as it meets the rule again.',
    rejection: 'Rejection reasons',
    code: 'Code',
    reason: 'Reason',
    sendsTo: 'Goes to',
    signatures: 'Signatures',
    marketing: 'Marketing',
    sales: 'Sales',
    signatureLines: ['Name', 'Role', 'Date', 'Signature'],
    pointsUnit: (n, formatted) => `${formatted} ${Math.abs(n) === 1 ? 'point' : 'points'}`,
    and: 'and',
    or: 'or',
    operators: {
      equals: 'is',
      in: 'is one of',
      contains: 'contains',
      between: (min, max) => `between ${min} and ${max}`,
      atLeast: (min) => `at least ${min}`,
      atMost: (max) => `at most ${max}`,
      exists: 'is filled in',
    },
    where: 'where',
    prop: (name) => `property ${name}`,
    fields: {
      jobTitle: 'Job title',
      email: 'E-mail',
      name: 'Name',
      phone: 'Phone',
      channel: 'First-touch channel',
      'company.segment': 'Company segment',
      'company.size': 'Company size',
      'company.employees': 'Company employees',
      'company.state': 'Company state',
      'company.region': 'Company region',
      'company.country': 'Company country',
      'company.domain': 'Company domain',
    },
    customField: (key) => `Lead field “${key}”`,
    companyCustomField: (key) => `Company field “${key}”`,
    events: {
      page_view: 'Page view',
      email_open: 'E-mail open',
      email_click: 'E-mail click',
      email_bounce: 'E-mail bounce',
      email_unsubscribe: 'E-mail unsubscribe',
      form_submit: 'Form submission',
      download: 'Content download',
      webinar: 'Webinar',
      demo_request: 'Demo request',
      proposal_request: 'Proposal request',
      whatsapp_message: 'WhatsApp message',
      custom: 'Custom event',
    },
    minGrade: (grade) => `grade ${grade} or better`,
    minFit: (points) => `fit of ${points} or more`,
    minEngagement: (points) => `engagement of ${points} or more`,
    handRaise: (events) => `asked for contact (${events})`,
    withinDays: (days) => `in the last ${days} days`,
  },
};
