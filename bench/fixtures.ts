import { leadInputSchema } from '../src/leads/lead-input.ts';
import { upsertLead } from '../src/leads/upsert-lead.ts';
import type { System } from '../src/system.ts';

export interface SeededLead {
  id: string;
  email: string;
}

/** Five people per company, so companies are shared as in a real B2B base. */
const LEADS_PER_COMPANY = 5;
const JOB_TITLES = [
  'Gerente de Marketing',
  'Diretora Comercial',
  'Analista de TI',
  'CEO',
  'Coordenador de Vendas',
];
const CHANNELS = ['google', 'linkedin', 'newsletter', 'direct', 'facebook'];

/**
 * Creates `count` leads through the product (`upsertLead`), with names, titles, companies
 * and a first touch, so that lead rows are as wide as real ones when they are read back.
 */
export async function seedLeads(system: System, count: number): Promise<SeededLead[]> {
  const now = system.clock.now();
  return system.stores.transaction(async (stores) => {
    const leads: SeededLead[] = [];
    for (let i = 0; i < count; i++) {
      const company = Math.floor(i / LEADS_PER_COMPANY);
      const input = leadInputSchema.parse({
        email: `pessoa${i}@empresa${company}.com.br`,
        name: `Pessoa ${i} da Silva`,
        jobTitle: pick(JOB_TITLES, i),
        company: { name: `Empresa ${company} Ltda`, segment: 'Indústria', state: 'SP', country: 'BR' },
        source: { channel: pick(CHANNELS, i), campaign: `campanha-${i % 7}` },
        consent: { basis: 'legitimate_interest' },
      });
      const { lead } = await upsertLead(stores, input, now);
      leads.push({ id: lead.id, email: input.email });
    }
    return leads;
  });
}

const PAGES = [
  { path: '/', title: 'Bastão — início' },
  { path: '/precos', title: 'Preços e planos' },
  { path: '/blog/lead-scoring-na-pratica', title: 'Lead scoring na prática' },
  { path: '/cases/industria-paulista', title: 'Case: indústria paulista reduz o ciclo de vendas' },
  { path: '/materiais/ebook-sla-marketing-vendas', title: 'E-book: SLA entre marketing e vendas' },
  { path: '/contato', title: 'Fale com um especialista' },
];
const UTM = [
  { source: 'google', medium: 'cpc', campaign: 'marca-2026' },
  { source: 'linkedin', medium: 'social', campaign: 'webinar-sla' },
  { source: 'newsletter', medium: 'email', campaign: 'news-marco' },
];

/** A `page_view` item as a client sends it to `POST /api/v1/events`. */
export interface PageViewItem {
  lead: { email: string };
  type: 'page_view';
  occurredAt: string;
  idempotencyKey: string;
  props: {
    url: string;
    title: string;
    referrer: string;
    utm: { source: string; medium: string; campaign: string };
  };
}

/**
 * Makes batches of `page_view` items spread over the leads, each with its own
 * idempotency key (`prefix-n`) and an `occurredAt` a few seconds to minutes ago.
 */
export function pageViewMaker(leads: readonly SeededLead[], prefix: string) {
  let sequence = 0;
  return (size: number, now: number): PageViewItem[] => {
    const items: PageViewItem[] = [];
    for (let i = 0; i < size; i++) {
      const n = sequence++;
      const lead = pick(leads, (n * 7919) % leads.length);
      const page = pick(PAGES, n);
      const utm = pick(UTM, Math.floor(n / 3));
      items.push({
        lead: { email: lead.email },
        type: 'page_view',
        occurredAt: new Date(now - (n % 600) * 1000).toISOString(),
        idempotencyKey: `${prefix}-${n}`,
        props: {
          url: `https://www.bastao.example${page.path}?utm_source=${utm.source}&utm_medium=${utm.medium}&utm_campaign=${utm.campaign}`,
          title: page.title,
          referrer: 'https://www.google.com/',
          utm,
        },
      });
    }
    return items;
  };
}

function pick<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) {
    throw new Error('pick from an empty list');
  }
  return item;
}
