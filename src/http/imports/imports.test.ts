import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { ENGINES, tokenFor } from '../../../test/engines.ts';

const LEADS_CSV = `email;nome;cargo;empresa;segmento;funcionarios;uf;criado em;etapa
ana@acme.com.br;Ana Souza;Diretora Comercial;Acme;software;120;SP;2026-01-05;mql
bruno@beta.com.br;Bruno Lima;Analista;Beta;varejo;40;RJ;2026-01-06;
sem-arroba;Carla;CEO;Gama;software;10;SP;2026-01-07;
;Davi;CTO;Delta;software;10;SP;2026-01-08;
ana@acme.com.br;Ana de novo;CEO;Acme;software;120;SP;2026-01-09;
`;

const OLIST_MQLS = `mql_id,first_contact_date,landing_page_id,origin
m1,2018-02-01,lp1,social
m2,2018-02-02,lp2,paid_search
m3,2018-02-03,lp1,organic_search
`;
const OLIST_DEALS = `mql_id,seller_id,sdr_id,sr_id,won_date,business_segment,lead_type,declared_monthly_revenue
m2,s1,sdr1,sr1,2018-03-10 10:00:00,pet,online_medium,0.0
`;

describe.each(ENGINES)('imports API on %s', (engine) => {
  const t = useTestApp(engine, 'marketing');

  const upload = (query: string, payload: string | Buffer, contentType = 'text/csv') =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/imports?${query}`,
      headers: { ...t.auth, 'content-type': contentType },
      payload,
    });
  /** The job once it has finished (the route holds the answer until then). */
  const finished = async (id: string) => {
    const response = await t.app.inject({ url: `/api/v1/imports/${id}?waitSeconds=30`, headers: t.auth });
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const leadCount = async () =>
    (await t.app.inject({ url: '/api/v1/leads?limit=200', headers: t.auth })).json().items.length;
  const importCount = async () =>
    (await t.app.inject({ url: '/api/v1/imports', headers: t.auth })).json().items.length;

  it('imports a CSV of leads in the background and says what every row did', async () => {
    const started = await upload('format=csv&type=leads&name=leads.csv', LEADS_CSV);
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({
      format: 'csv',
      csvType: 'leads',
      createdBy: 'token:marketing',
      rowsTotal: 5,
      files: [{ file: 'leads.csv', kind: 'leads', total: 5 }],
    });
    expect(['queued', 'running', 'done']).toContain(started.json().status);

    const job = await finished(started.json().id);
    expect(job).toMatchObject({ status: 'done', rowsDone: 5, rowsTotal: 5, error: null });
    expect(job.files[0].summary).toEqual({
      rows: 5,
      created: 2,
      updated: 0,
      unchanged: 0,
      skipped: 3,
      warnings: 0,
    });
    expect(job.files[0].skipped.map((p: { row: number }) => p.row)).toEqual([4, 5, 6]);
    expect(job.files[0].skipped[0].reason).toContain('sem-arroba');
    expect(await leadCount()).toBe(2);

    const listed = (await t.app.inject({ url: '/api/v1/imports', headers: t.auth })).json().items;
    expect(listed[0]).toMatchObject({ id: job.id, status: 'done' });
    expect(listed[0].files[0].skipped).toEqual([]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await leadCount();
    const again = await finished((await upload('format=csv&type=leads&name=leads.csv', LEADS_CSV)).json().id);
    expect(again.status).toBe('done');
    expect(again.files[0].summary).toMatchObject({ created: 0, updated: 0, unchanged: 2, skipped: 3 });
    expect(await leadCount()).toBe(before);
  });

  it('imports the Olist pair sent together as multipart, MQLs before deals whatever the order', async () => {
    const form = new FormData();
    form.append('file', new Blob([OLIST_DEALS]), 'olist_closed_deals_dataset.csv');
    form.append('file', new Blob([OLIST_MQLS]), 'olist_marketing_qualified_leads_dataset.csv');
    const request = new Response(form);
    const started = await upload(
      'format=olist',
      Buffer.from(await request.arrayBuffer()),
      request.headers.get('content-type') ?? '',
    );
    expect(started.statusCode).toBe(202);
    const job = await finished(started.json().id);
    expect(job.status).toBe('done');
    expect(job.files.map((f: { file: string; kind: string }) => [f.file, f.kind])).toEqual([
      ['olist_marketing_qualified_leads_dataset.csv', 'Olist MQLs'],
      ['olist_closed_deals_dataset.csv', 'Olist closed deals'],
    ]);
    expect(job.files[0].summary).toMatchObject({ created: 3, skipped: 0 });
    expect(job.files[1].summary.skipped).toBe(0);
    expect(job.files[1].summary.created + job.files[1].summary.updated).toBe(1);
  });

  it('imports costs with a column mapping', async () => {
    const csv = 'Mês,Origem,Gasto\n2026-01,paid_search,"1500.50"\n2026-01,social,300\n';
    const started = await upload(
      `format=csv&type=costs&map=${encodeURIComponent('Mês=month')}&map=${encodeURIComponent('Origem=channel')}&map=${encodeURIComponent('Gasto=amount')}`,
      csv,
    );
    expect(started.statusCode).toBe(202);
    const job = await finished(started.json().id);
    expect(job.files[0].summary).toMatchObject({ rows: 2, created: 2, skipped: 0 });
  });

  it.each([
    [
      'a file that is not the format asked for',
      'format=rdstation',
      'nome,telefone\nAna,1199\n',
      'not an RD Station',
    ],
    ['a CSV without its type', 'format=csv', LEADS_CSV, 'type'],
    ['a type with a format other than csv', 'format=hubspot&type=leads', LEADS_CSV, 'format=csv only'],
    ['an unknown format', 'format=salesforce', LEADS_CSV, 'format'],
    ['a mapping to a column the file lacks', 'format=csv&type=leads&map=Nope%3Demail', LEADS_CSV, 'Nope'],
    ['a leads CSV with no e-mail column', 'format=csv&type=leads', 'nome,cargo\nAna,CEO\n', 'email'],
    ['an empty body', 'format=csv&type=leads', '', 'empty'],
  ])('refuses %s with 400, writing nothing', async (_case, query, payload, words) => {
    const [leads, imports] = [await leadCount(), await importCount()];
    const response = await upload(query, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_request');
    expect(response.json().error.message).toContain(words);
    expect(await leadCount()).toBe(leads);
    expect(await importCount()).toBe(imports);
  });

  it('refuses a file over the size limit with 413', async () => {
    const response = await upload('format=csv&type=leads', Buffer.alloc(50 * 1024 * 1024 + 1, 0x61));
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/imports',
        '/api/v1/imports/{id}',
        '/api/v1/tokens',
        '/api/v1/tokens/{id}',
      ]),
    );
    expect(doc.paths['/api/v1/imports'].post.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['format', 'type', 'map', 'name']),
    );
  });

  it('answers 404 for an import it does not know, and is not for sales', async () => {
    const missing = await t.app.inject({ url: '/api/v1/imports/nope', headers: t.auth });
    expect(missing.statusCode).toBe(404);
    const rep = { authorization: `Bearer ${await tokenFor(t.system, 'sales_rep', 'rep')}` };
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports?format=csv&type=leads',
      headers: { ...rep, 'content-type': 'text/csv' },
      payload: LEADS_CSV,
    });
    expect(refused.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/imports', headers: rep })).statusCode).toBe(403);
  });
});
