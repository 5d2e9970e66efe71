import type { Stage } from '../../../leads/lead.ts';
import { foldHeader } from '../columns.ts';

/**
 * HubSpot's contact property labels, English first, then Portuguese (a Brazilian portal
 * exports localised labels). The English ones come from real export headers; the
 * Portuguese ones follow HubSpot's pt-BR property names and may need a `--map` when a
 * portal's translation differs.
 */
export const HUBSPOT = {
  recordId: ['Record ID', 'Contact ID', 'ID do registro', 'ID do contato'],
  email: ['Email', 'E-mail'],
  firstName: ['First Name', 'Nome', 'Primeiro nome'],
  lastName: ['Last Name', 'Sobrenome'],
  phone: ['Phone Number', 'Número de telefone', 'Telefone'],
  mobile: ['Mobile Phone Number', 'Número de celular', 'Celular'],
  jobTitle: ['Job Title', 'Cargo'],
  companyName: ['Company Name', 'Nome da empresa', 'Associated Company', 'Empresa associada'],
  website: ['Company domain name', 'Website URL', 'Nome de domínio da empresa', 'URL do site'],
  industry: ['Industry', 'Setor'],
  employees: ['Number of Employees', 'Número de funcionários'],
  state: ['State/Region', 'Estado/Região'],
  country: ['Country/Region', 'País/Região'],
  owner: ['Contact owner', 'Proprietário do contato'],
  leadStatus: ['Lead Status', 'Status do lead'],
  lifecycleStage: ['Lifecycle Stage', 'Fase do ciclo de vida', 'Estágio do ciclo de vida'],
  legalBasis: ["Legal basis for processing contact's data", 'Base legal para processar os dados do contato'],
  createDate: ['Create Date', 'Data de criação', 'Object create date/time'],
  firstConversionDate: ['First Conversion Date', 'Data da primeira conversão'],
  originalSource: ['Original Source', 'Fonte original'],
  drillDown1: ['Original Source Drill-Down 1', 'Detalhamento 1 da fonte original'],
  drillDown2: ['Original Source Drill-Down 2', 'Detalhamento 2 da fonte original'],
  firstCampaign: ['First Touch Converting Campaign', 'Campanha de conversão do primeiro contato'],
  firstPage: ['First Page Seen', 'Primeira página vista'],
  firstReferrer: ['First Referring Site', 'Primeiro site de referência'],
} as const satisfies Record<string, readonly string[]>;

/** "Became a Marketing Qualified Lead Date" → mql, and the Portuguese "Tornou-se …" forms. */
const STAGE_WORDS: [RegExp, Stage][] = [
  [/customer|cliente/, 'customer'],
  [/opportunity|oportunidade/, 'opportunity'],
  [/sales qualified|qualificado para vendas|\bsql\b/, 'sql'],
  [/marketing qualified|qualificado para marketing|\bmql\b/, 'mql'],
  [/\blead\b/, 'lead'],
];

/** The lifecycle date columns of the export and the stage each one dates. */
export function lifecycleColumns(headers: readonly string[]): { header: string; stage: Stage }[] {
  const columns: { header: string; stage: Stage }[] = [];
  for (const header of headers) {
    const folded = foldHeader(header);
    if (!/^(became|tornou-se|se tornou|data em que se tornou)/.test(folded)) {
      continue;
    }
    const match = STAGE_WORDS.find(([pattern]) => pattern.test(folded));
    if (match) {
      columns.push({ header, stage: match[1] });
    }
  }
  return columns;
}
