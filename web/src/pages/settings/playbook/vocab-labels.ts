import { defineMessages } from '../../../app/i18n.tsx';

/** The playbook vocabulary (vocab.ts) as people read it, in both languages. */
export const vocab = defineMessages({
  'pt-BR': {
    fields: {
      jobTitle: 'Cargo',
      email: 'E-mail',
      name: 'Nome',
      phone: 'Telefone',
      channel: 'Canal do primeiro toque',
      'company.segment': 'Segmento da empresa',
      'company.size': 'Porte da empresa',
      'company.employees': 'Funcionários',
      'company.state': 'UF da empresa',
      'company.region': 'Região da empresa',
      'company.country': 'País da empresa',
      'company.domain': 'Domínio da empresa',
    } as Record<string, string>,
    operators: {
      equals: 'é igual a',
      in: 'é um de',
      contains: 'contém (início de palavra)',
      range: 'está entre',
      exists: 'está preenchido',
    } as Record<string, string>,
    events: {
      page_view: 'Visita a página',
      email_open: 'Abriu e-mail',
      email_click: 'Clicou em e-mail',
      email_bounce: 'E-mail devolvido',
      email_unsubscribe: 'Descadastro',
      form_submit: 'Formulário',
      download: 'Download',
      webinar: 'Webinar',
      demo_request: 'Pedido de demonstração',
      proposal_request: 'Pedido de proposta',
      whatsapp_message: 'Mensagem de WhatsApp',
      custom: 'Personalizado',
    } as Record<string, string>,
    decay: {
      none: 'Não perde valor',
      half_life: 'Cai pela metade a cada N dias',
      expire: 'Zera após N dias',
    } as Record<string, string>,
    targets: { nurture: 'Nutrição', disqualified: 'Desqualificado' } as Record<string, string>,
    channels: { call: 'Ligação', whatsapp: 'WhatsApp', email: 'E-mail', meeting: 'Reunião' } as Record<
      string,
      string
    >,
    clocks: { first_touch: 'Primeiro contato', attempts: 'Tentativas', decision: 'Decisão' } as Record<
      string,
      string
    >,
    holidays: {
      public: 'Feriados oficiais',
      bank: 'Bancários (Carnaval, Corpus Christi)',
      optional: 'Pontos facultativos',
    } as Record<string, string>,
    weekdays: {
      mon: 'Segunda',
      tue: 'Terça',
      wed: 'Quarta',
      thu: 'Quinta',
      fri: 'Sexta',
      sat: 'Sábado',
      sun: 'Domingo',
    } as Record<string, string>,
  },
  en: {
    fields: {
      jobTitle: 'Job title',
      email: 'E-mail',
      name: 'Name',
      phone: 'Phone',
      channel: 'First-touch channel',
      'company.segment': 'Company segment',
      'company.size': 'Company size',
      'company.employees': 'Employees',
      'company.state': 'Company state',
      'company.region': 'Company region',
      'company.country': 'Company country',
      'company.domain': 'Company domain',
    } as Record<string, string>,
    operators: {
      equals: 'equals',
      in: 'is one of',
      contains: 'contains (start of a word)',
      range: 'is between',
      exists: 'is filled in',
    } as Record<string, string>,
    events: {
      page_view: 'Page view',
      email_open: 'E-mail open',
      email_click: 'E-mail click',
      email_bounce: 'E-mail bounce',
      email_unsubscribe: 'Unsubscribe',
      form_submit: 'Form',
      download: 'Download',
      webinar: 'Webinar',
      demo_request: 'Demo request',
      proposal_request: 'Proposal request',
      whatsapp_message: 'WhatsApp message',
      custom: 'Custom',
    } as Record<string, string>,
    decay: { none: 'Never fades', half_life: 'Halves every N days', expire: 'Drops after N days' } as Record<
      string,
      string
    >,
    targets: { nurture: 'Nurture', disqualified: 'Disqualified' } as Record<string, string>,
    channels: { call: 'Call', whatsapp: 'WhatsApp', email: 'E-mail', meeting: 'Meeting' } as Record<
      string,
      string
    >,
    clocks: { first_touch: 'First touch', attempts: 'Attempts', decision: 'Decision' } as Record<
      string,
      string
    >,
    holidays: {
      public: 'Public holidays',
      bank: 'Bank holidays (Carnival, Corpus Christi)',
      optional: 'Optional days off',
    } as Record<string, string>,
    weekdays: {
      mon: 'Monday',
      tue: 'Tuesday',
      wed: 'Wednesday',
      thu: 'Thursday',
      fri: 'Friday',
      sat: 'Saturday',
      sun: 'Sunday',
    } as Record<string, string>,
  },
});
