import type SQLite from 'better-sqlite3';
import { newId } from '../src/kernel/ids.ts';
import { foldText } from '../src/storage/sql-lead-store.ts';
import type { RawDriver } from './engines.ts';

/**
 * Seeding large tables fast: multi-row INSERTs through the driver, statements prepared
 * once per shape, many rows per transaction. Rows look like the product's (same columns,
 * JSON text, epoch ms, UUIDv7 ids) but skip its pipeline, which would take hours at a
 * million events. Nothing here is timed as product work.
 */
export interface BulkWriter {
  insert(table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void>;
  /** Runs `work` in one transaction (SQLite: BEGIN IMMEDIATE, as the product does). */
  transaction(work: () => Promise<void>): Promise<void>;
  /** A statement with no result the caller needs (`update …`, `analyze`). */
  exec(text: string): Promise<void>;
}

/** Parameters per statement: under SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;
const MAX_ROWS_PER_STATEMENT = 1_000;

/** PostgreSQL statement names by shape, for the whole process: a name always means one text. */
const STATEMENT_NAMES = new Map<string, string>();

export function bulkWriter(driver: RawDriver): BulkWriter {
  const rowsPerStatement = (columns: number) =>
    Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / columns));
  if (driver.engine === 'sqlite') {
    const { sqlite } = driver;
    const statements = new Map<string, SQLite.Statement>();
    return {
      async insert(table, columns, rows) {
        const size = rowsPerStatement(columns.length);
        for (let i = 0; i < rows.length; i += size) {
          const chunk = rows.slice(i, i + size);
          const key = `${table}/${columns.length}/${chunk.length}`;
          let statement = statements.get(key);
          if (!statement) {
            statement = sqlite.prepare(insertText(table, columns, chunk.length, '?'));
            statements.set(key, statement);
          }
          statement.run(chunk.flat());
        }
      },
      async transaction(work) {
        sqlite.exec('begin immediate');
        try {
          await work();
          sqlite.exec('commit');
        } catch (error) {
          sqlite.exec('rollback');
          throw error;
        }
      },
      async exec(text) {
        sqlite.exec(text);
      },
    };
  }
  const { client } = driver;
  return {
    async insert(table, columns, rows) {
      const size = rowsPerStatement(columns.length);
      for (let i = 0; i < rows.length; i += size) {
        const chunk = rows.slice(i, i + size);
        const key = `${table}/${columns.join(',')}/${chunk.length}`;
        let name = STATEMENT_NAMES.get(key);
        if (name === undefined) {
          name = `seed_${STATEMENT_NAMES.size}`;
          STATEMENT_NAMES.set(key, name);
        }
        await client.query({
          name,
          text: insertText(table, columns, chunk.length, '$'),
          values: chunk.flat(),
        });
      }
    },
    async transaction(work) {
      await client.query('begin');
      try {
        await work();
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    },
    async exec(text) {
      await client.query(text);
    },
  };
}

function insertText(table: string, columns: readonly string[], rows: number, style: '?' | '$'): string {
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    const params = columns.map((_, c) => (style === '?' ? '?' : `$${r * columns.length + c + 1}`));
    tuples.push(`(${params.join(', ')})`);
  }
  return `insert into ${table} (${columns.join(', ')}) values ${tuples.join(', ')}`;
}

/** `select count(*)` (or any single number) through the driver. */
export async function queryNumber(driver: RawDriver, text: string): Promise<number> {
  if (driver.engine === 'sqlite') {
    const row = driver.sqlite.prepare(text).raw().get() as unknown[] | undefined;
    return Number(row?.[0]);
  }
  const { rows } = await driver.client.query({ text, rowMode: 'array' });
  return Number((rows[0] as unknown[] | undefined)?.[0]);
}

/** After a bulk load the planner's statistics are stale; the product would have them by then. */
export async function analyze(driver: RawDriver): Promise<void> {
  if (driver.engine === 'sqlite') {
    driver.sqlite.exec('analyze');
    return;
  }
  await driver.client.query('analyze');
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A small deterministic PRNG (mulberry32), so every run seeds the same data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(list: readonly T[], r: number): T {
  const item = list[Math.floor(r * list.length) % list.length];
  if (item === undefined) {
    throw new Error('pick from an empty list');
  }
  return item;
}

const FIRST_NAMES = [
  'Ana',
  'Bruno',
  'Carla',
  'Diego',
  'Elisa',
  'Fábio',
  'Gabriela',
  'Heitor',
  'Íris',
  'João',
];
const LAST_NAMES = ['Souza', 'Oliveira', 'Santos', 'Pereira', 'Lima', 'Conceição', 'Ferreira', 'Almeida'];
/** Roughly the mix of a B2B base: deciders, influencers, users, a few students. */
const JOB_TITLES = [
  'Diretora Comercial',
  'Gerente de Marketing',
  'CEO',
  'Head de Vendas',
  'Sócio-fundador',
  'Coordenador de Vendas',
  'Analista de Marketing',
  'Analista de TI',
  'Assistente Administrativo',
  'Estudante',
];
const DECIDER_TITLES = ['Diretora Comercial', 'Gerente de Vendas', 'CEO', 'Head de Marketing', 'Sócia'];
const SEGMENTS = [
  'software',
  'serviços',
  'indústria',
  'varejo',
  'saúde',
  'educação',
  'agronegócio',
  'financeiro',
];
const STATES = ['SP', 'SP', 'SP', 'RJ', 'MG', 'PR', 'RS', 'SC', 'BA', 'PE', 'GO', 'DF', 'CE'];
const EMPLOYEES = [8, 15, 30, 60, 120, 250, 480, 900, 1500, 5000];
/** First-touch channels and campaigns (`null`: none), as trackers report them. */
export const CHANNELS = [
  ['paid_search', 'marca-2026'],
  ['paid_search', 'concorrentes'],
  ['organic_search', null],
  ['paid_social', 'webinar-sla'],
  ['email', 'news-marco'],
  ['direct', null],
  ['referral', 'parceiros'],
  ['events', 'rd-summit'],
] as const;
const FREE_MAIL = ['gmail.com', 'hotmail.com', 'outlook.com'];

/** The columns of `leads` the product writes on insert (see storage/sql-lead-store.ts). */
export const LEAD_COLUMNS = [
  'id',
  'email',
  'name',
  'phone',
  'phone_e164',
  'job_title',
  'company_id',
  'company_name',
  'stage',
  'owner_id',
  'channel',
  'campaign',
  'first_touch',
  'last_touch',
  'consent_basis',
  'consent_given_at',
  'fields',
  'search_text',
  'merged_into_id',
  'created_at',
  'updated_at',
  'fit',
  'grade',
  'engagement',
  'scored_at',
  'score_playbook_version',
  'stage_entered_at',
  'queue',
  'assigned_at',
] as const;
export type LeadColumn = (typeof LEAD_COLUMNS)[number];

const COMPANY_COLUMNS = [
  'id',
  'domain',
  'name',
  'segment',
  'size',
  'employees',
  'region',
  'state',
  'country',
  'owner_id',
  'fields',
  'created_at',
  'updated_at',
] as const;
const EVENT_COLUMNS = ['id', 'lead_id', 'type', 'occurred_at', 'received_at', 'props', 'idempotency_key'];

/** One event of a seeded history, before it gets its id and key. */
export interface SeedEvent {
  type: string;
  occurredAt: number;
  props: Record<string, unknown>;
}

export interface SeededLead {
  id: string;
  email: string;
  companyId: string | null;
  createdAt: number;
}

export interface LeadSeed {
  /** Makes e-mails, domains and idempotency keys unique when one database is seeded twice. */
  prefix: string;
  leads: number;
  now: number;
  /** Leads were created over this many days before `now`. */
  days: number;
  /** `mixed`: a B2B base of every grade; `fit`: every lead a decider at a mid-size software company in the Southeast (grade A). */
  profile: 'mixed' | 'fit';
  leadsPerCompany: number;
  /** The events of lead `index`, created at `createdAt`; none by default. */
  history?: (index: number, createdAt: number, rand: () => number) => SeedEvent[];
  /** Changes to a lead's columns (stage, owner, …) before it is written. */
  adjust?: (index: number, row: Record<LeadColumn, unknown>) => void;
  seed?: number;
}

export interface SeedResult {
  leads: SeededLead[];
  companies: number;
  events: number;
  seconds: number;
}

/** Rows per transaction while seeding: fewer commits, bounded memory. */
const LEADS_PER_TRANSACTION = 5_000;
const EVENTS_PER_TRANSACTION = 20_000;

/**
 * Writes `leads` leads with their companies and histories through the driver. Events are
 * written in the order they happened, all leads interleaved, as a live system appends
 * them: a lead's history is spread over the table, not stored side by side.
 */
export async function seedLeadBase(driver: RawDriver, spec: LeadSeed): Promise<SeedResult> {
  const started = performance.now();
  if (driver.engine === 'sqlite') {
    // A bigger page cache for this connection only (the product's keeps SQLite's default).
    driver.sqlite.pragma('cache_size = -262144');
  }
  const writer = bulkWriter(driver);
  const rand = random(spec.seed ?? 20_260_313);
  const leads: SeededLead[] = [];
  const histories: { lead: number; events: SeedEvent[] }[] = [];
  let companyRows: unknown[][] = [];
  let leadRows: unknown[][] = [];
  let companies = 0;
  let companyId: string | null = null;
  let company: { domain: string; name: string } | null = null;
  const flush = async () => {
    await writer.transaction(async () => {
      await writer.insert('companies', COMPANY_COLUMNS, companyRows);
      await writer.insert('leads', LEAD_COLUMNS, leadRows);
    });
    companyRows = [];
    leadRows = [];
  };
  // Leads in creation order, so ids (UUIDv7) and created_at grow together.
  const createdAts = Array.from({ length: spec.leads }, () => spec.now - rand() * spec.days * DAY_MS).sort(
    (a, b) => a - b,
  );
  for (let i = 0; i < spec.leads; i++) {
    const createdAt = Math.round(createdAts[i] ?? spec.now);
    if (i % spec.leadsPerCompany === 0) {
      const c = companies++;
      companyId = newId();
      company = {
        domain: `${spec.prefix}-empresa${c}.com.br`,
        name: `Empresa ${c} ${pick(LAST_NAMES, rand())} Ltda`,
      };
      const fit = spec.profile === 'fit';
      companyRows.push([
        companyId,
        company.domain,
        company.name,
        fit ? 'software' : pick(SEGMENTS, rand()),
        null,
        fit ? pick([60, 120, 250, 480], rand()) : pick(EMPLOYEES, rand()),
        null,
        fit ? pick(['SP', 'RJ', 'MG', 'PR'], rand()) : pick(STATES, rand()),
        'BR',
        null,
        rand() < 0.3 ? JSON.stringify({ erp: pick(['TOTVS', 'SAP', 'Omie', 'Bling'], rand()) }) : '{}',
        createdAt,
        createdAt,
      ]);
    }
    const freeMail = spec.profile === 'mixed' && rand() < 0.12;
    const first = pick(FIRST_NAMES, rand());
    const last = pick(LAST_NAMES, rand());
    const name = `${first} ${last}`;
    const local = `${foldText(first)}.${foldText(last)}${i}`;
    const email = freeMail
      ? `${local}.${spec.prefix}@${pick(FREE_MAIL, rand())}`
      : `${local}@${company?.domain}`;
    const hasPhone = rand() < 0.6;
    const ddd = pick(['11', '21', '31', '41', '51', '48', '71', '81'], rand());
    const number = String(10_000_000 + Math.floor(rand() * 89_999_999));
    const [channel, campaign] = pick(CHANNELS, rand());
    const touch = {
      channel,
      campaign,
      medium: channel === 'paid_search' ? 'cpc' : channel === 'email' ? 'email' : null,
      content: null,
      term: null,
      landingPage: `https://www.bastao.example/${pick(['', 'precos', 'blog/lead-scoring', 'materiais/ebook-sla'], rand())}`,
      referrer: channel === 'direct' ? null : 'https://www.google.com/',
      at: createdAt,
    };
    const grade = pick(['A', 'B', 'B', 'C', 'C', 'C', 'D', 'D'], rand());
    const row: Record<LeadColumn, unknown> = {
      id: newId(),
      email,
      name,
      phone: hasPhone ? `(${ddd}) 9${number.slice(0, 4)}-${number.slice(4)}` : null,
      phone_e164: hasPhone ? `+55${ddd}9${number}` : null,
      job_title: spec.profile === 'fit' ? pick(DECIDER_TITLES, rand()) : pick(JOB_TITLES, rand()),
      company_id: freeMail ? null : companyId,
      company_name: freeMail ? null : (company?.name ?? null),
      stage: 'lead',
      owner_id: null,
      channel,
      campaign,
      first_touch: JSON.stringify(touch),
      last_touch: JSON.stringify(touch),
      consent_basis: rand() < 0.7 ? 'consent' : 'legitimate_interest',
      consent_given_at: createdAt,
      fields: rand() < 0.4 ? JSON.stringify({ seats: 5 + Math.floor(rand() * 200) }) : '{}',
      search_text: foldText([name, email, freeMail ? null : company?.name].filter(Boolean).join(' ')),
      merged_into_id: null,
      created_at: createdAt,
      updated_at: createdAt,
      // Scored under version 1 when it was last touched; the values only need to look real.
      fit: { A: 75, B: 55, C: 35, D: 10 }[grade],
      grade,
      engagement: Math.round(rand() * 4_000) / 100,
      scored_at: createdAt,
      score_playbook_version: 1,
      stage_entered_at: createdAt,
      queue: null,
      assigned_at: null,
    };
    spec.adjust?.(i, row);
    leadRows.push(LEAD_COLUMNS.map((column) => row[column]));
    leads.push({ id: row.id as string, email, companyId: row.company_id as string | null, createdAt });
    const events = spec.history?.(i, createdAt, rand) ?? [];
    if (events.length > 0) {
      histories.push({ lead: i, events });
    }
    if (leadRows.length >= LEADS_PER_TRANSACTION) {
      await flush();
    }
  }
  await flush();
  const events = await writeEvents(writer, spec.prefix, leads, histories);
  return { leads, companies, events, seconds: (performance.now() - started) / 1000 };
}

/** Every history, merged in time order, in transactions of `EVENTS_PER_TRANSACTION` rows. */
async function writeEvents(
  writer: BulkWriter,
  prefix: string,
  leads: readonly SeededLead[],
  histories: readonly { lead: number; events: SeedEvent[] }[],
): Promise<number> {
  const order: [lead: number, event: number, at: number][] = [];
  for (const [h, history] of histories.entries()) {
    for (const [e, event] of history.events.entries()) {
      order.push([h, e, event.occurredAt]);
    }
  }
  order.sort((a, b) => a[2] - b[2]);
  for (let i = 0; i < order.length; i += EVENTS_PER_TRANSACTION) {
    const rows = order.slice(i, i + EVENTS_PER_TRANSACTION).map(([h, e], n): unknown[] => {
      const history = histories[h];
      const event = history?.events[e];
      const lead = history ? leads[history.lead] : undefined;
      if (!event || !lead) {
        throw new Error('seed: lost an event');
      }
      return [
        newId(),
        lead.id,
        event.type,
        event.occurredAt,
        event.occurredAt + 1_500,
        JSON.stringify(event.props),
        // Zero-padded: keys sort in insertion order, as a client's counters or UUIDv7 would.
        `${prefix}-${String(i + n).padStart(9, '0')}`,
      ];
    });
    await writer.transaction(() => writer.insert('events', EVENT_COLUMNS, rows));
  }
  return order.length;
}

const PAGES = [
  { path: '/', title: 'Bastão — início' },
  { path: '/precos', title: 'Preços e planos' },
  { path: '/blog/lead-scoring-na-pratica', title: 'Lead scoring na prática' },
  { path: '/cases/industria-paulista', title: 'Case: indústria paulista reduz o ciclo de vendas' },
  { path: '/materiais/ebook-sla-marketing-vendas', title: 'E-book: SLA entre marketing e vendas' },
  { path: '/contato', title: 'Fale com um especialista' },
];

/** Props as clients send them, per type. */
export function eventProps(type: string, rand: () => number): Record<string, unknown> {
  switch (type) {
    case 'page_view': {
      const page = pick(PAGES, rand());
      return {
        url: `https://www.bastao.example${page.path}?utm_source=google&utm_medium=cpc`,
        title: page.title,
        referrer: 'https://www.google.com/',
      };
    }
    case 'email_open':
    case 'email_click':
    case 'email_unsubscribe':
      return {
        campaign: pick(['news-marco', 'nutricao-sla', 'convite-webinar'], rand()),
        subject: 'Novidades',
      };
    case 'download':
      return { content: pick(['ebook-sla', 'planilha-funil', 'guia-icp'], rand()) };
    case 'webinar':
      return { name: 'SLA entre marketing e vendas', minutes: 20 + Math.floor(rand() * 40) };
    case 'form_submit':
      return { form: pick(['contato', 'newsletter', 'orcamento'], rand()) };
    default:
      return {};
  }
}

/** A mixed B2B history: mostly page views and e-mail, some content, rare hand-raises. */
const MIXED_TYPES = [
  ...Array<string>(50).fill('page_view'),
  ...Array<string>(15).fill('email_open'),
  ...Array<string>(8).fill('email_click'),
  ...Array<string>(7).fill('download'),
  ...Array<string>(5).fill('form_submit'),
  ...Array<string>(5).fill('webinar'),
  ...Array<string>(4).fill('whatsapp_message'),
  ...Array<string>(2).fill('demo_request'),
  ...Array<string>(2).fill('email_unsubscribe'),
  ...Array<string>(1).fill('proposal_request'),
  ...Array<string>(1).fill('email_bounce'),
];

/** `count` events of mixed types between `createdAt` and `now`. */
export const mixedHistory =
  (count: number, now: number) =>
  (_index: number, createdAt: number, rand: () => number): SeedEvent[] =>
    Array.from({ length: count }, () => {
      const type = pick(MIXED_TYPES, rand());
      return {
        type,
        occurredAt: Math.round(createdAt + rand() * (now - createdAt)),
        props: eventProps(type, rand),
      };
    });
