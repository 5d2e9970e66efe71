import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestSystem, type TestSystem, tokenFor } from '../../test/engines.ts';
import { buildServer } from './server.ts';

/**
 * 200 generated bad requests across the routes: every one must get a 4xx with the
 * error shape, and none may write anything.
 */
const VALID_LEAD = {
  email: 'valid@acme.com',
  name: 'Valid',
  company: { domain: 'acme.com' },
  source: { channel: 'ads' },
};
const VALID_EVENT = { lead: { email: 'valid@acme.com' }, type: 'page_view', props: { url: '/' } };

const corruptedValue = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.constant('x'.repeat(5000)),
  fc.constant([]),
  fc.constant({ nested: { deep: [1, 2, { a: null }] } }),
  fc.constant('💥\u0000'),
);

/** A valid body with exactly one thing broken. */
const badLeadBody = fc.oneof(
  fc.constant({ ...VALID_LEAD, email: undefined }),
  fc
    .string({ maxLength: 40 })
    .filter((s) => !/^\S+@\S+\.\S{2,}$/.test(s))
    .map((email) => ({ ...VALID_LEAD, email })),
  corruptedValue.map((email) => ({ ...VALID_LEAD, email })),
  fc
    .constantFrom('name', 'phone', 'jobTitle')
    .chain((key) =>
      fc
        .oneof(fc.integer(), fc.boolean(), fc.constant({}), fc.constant('y'.repeat(300)))
        .map((v) => ({ ...VALID_LEAD, [key]: v })),
    ),
  fc
    .constantFrom('company', 'source', 'consent', 'fields')
    .map((key) => ({ ...VALID_LEAD, [key]: 'not an object' })),
  fc.constant({ ...VALID_LEAD, consent: { basis: 'because' } }),
  fc.constant({ ...VALID_LEAD, company: { domain: 'not a domain' } }),
  fc.constant({ ...VALID_LEAD, company: { employees: -5 } }),
  fc.constant({ ...VALID_LEAD, source: { at: 'yesterday' } }),
  fc.constant({ ...VALID_LEAD, fields: { big: 'z'.repeat(40_000) } }),
  fc.constant([VALID_LEAD]),
);

const badEventsBody = fc.oneof(
  fc.constant({}),
  fc.constant({ events: [] }),
  corruptedValue.map((events) => ({ events })),
  fc.constant({ events: Array.from({ length: 1001 }, () => VALID_EVENT) }),
  fc.constant({ event: [VALID_EVENT] }),
  fc.constant([VALID_EVENT]),
);

const rawBody = fc.oneof(
  fc.constant('{"email": "a@b.com",'),
  fc.constant('{'),
  fc.constant('null'),
  fc.constant('"just a string"'),
  fc.constant('42'),
  fc.string({ maxLength: 30 }).map((s) => `{${s}`),
  fc.constant(''),
);

interface BadRequest {
  method: 'GET' | 'POST';
  url: string;
  payload?: string;
  contentType?: string;
  auth: 'ok' | 'none' | 'garbage' | 'wrong-scheme';
}

const json = (value: unknown) => JSON.stringify(value) ?? 'undefined';

const badRequest: fc.Arbitrary<BadRequest> = fc.oneof(
  badLeadBody.map(
    (b): BadRequest => ({ method: 'POST', url: '/api/v1/leads', payload: json(b), auth: 'ok' }),
  ),
  badEventsBody.map(
    (b): BadRequest => ({ method: 'POST', url: '/api/v1/events', payload: json(b), auth: 'ok' }),
  ),
  fc
    .tuple(fc.constantFrom('/api/v1/leads', '/api/v1/events', '/api/v1/users'), rawBody)
    .map(([url, payload]): BadRequest => ({ method: 'POST', url, payload, auth: 'ok' })),
  fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data; boundary=x').map(
    (contentType): BadRequest => ({
      method: 'POST',
      url: '/api/v1/leads',
      payload: 'email=a@b.com',
      contentType,
      auth: 'ok',
    }),
  ),
  fc
    .constantFrom(
      'stage=customerish',
      'limit=0',
      'limit=-1',
      'limit=abc',
      'limit=100000',
      'cursor=%%%',
      'cursor=eyJ4IjoxfQ',
      'createdFrom=yesterday',
      'createdTo=2026-13-45',
      'email=not-an-email',
      `q=${'q'.repeat(300)}`,
    )
    .map((query): BadRequest => ({ method: 'GET', url: `/api/v1/leads?${query}`, auth: 'ok' })),
  fc
    .constantFrom(
      '/api/v1/leads/nope',
      '/api/v1/leads/nope/timeline',
      '/api/v1/leads/nope/timeline?limit=x',
      '/api/v1/nothing-here',
    )
    .map((url): BadRequest => ({ method: 'GET', url, auth: 'ok' })),
  fc
    .constantFrom(json({}), json({ otherId: 7 }), json({ otherId: 'missing' }), '{')
    .map((payload): BadRequest => ({ method: 'POST', url: '/api/v1/leads/nope/merge', payload, auth: 'ok' })),
  fc
    .tuple(
      fc.constantFrom<BadRequest['auth']>('none', 'garbage', 'wrong-scheme'),
      fc.constantFrom('/api/v1/leads', '/api/v1/users'),
    )
    .map(([auth, url]): BadRequest => ({ method: 'POST', url, payload: json(VALID_LEAD), auth })),
  fc
    .constantFrom(
      json({ email: 'u@acme.com', name: 'U', role: 'overlord' }),
      json({ email: 'bad', name: 'U', role: 'admin' }),
    )
    .map((payload): BadRequest => ({ method: 'POST', url: '/api/v1/users', payload, auth: 'ok' })),
);

describe('malformed requests', () => {
  let system: TestSystem;
  let app: FastifyInstance;
  let token: string;

  beforeAll(async () => {
    system = await openTestSystem('sqlite');
    app = await buildServer(system);
    token = await tokenFor(system, 'admin');
  });
  afterAll(async () => {
    await app.close();
    await system.destroy();
  });

  it('answers 200 generated bad requests with 4xx and the error shape, writing nothing', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(badRequest, async (request) => {
        const headers: Record<string, string> = { 'content-type': request.contentType ?? 'application/json' };
        if (request.auth === 'ok') {
          headers.authorization = `Bearer ${token}`;
        } else if (request.auth === 'garbage') {
          headers.authorization = 'Bearer bst_garbage';
        } else if (request.auth === 'wrong-scheme') {
          headers.authorization = `Basic ${token}`;
        }
        const response = await app.inject({
          method: request.method,
          url: request.url,
          headers,
          ...(request.payload === undefined ? {} : { payload: request.payload }),
        });
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        expect(
          response.statusCode,
          `${request.method} ${request.url} ${request.payload?.slice(0, 200)}`,
        ).toBeGreaterThanOrEqual(400);
        expect(response.statusCode).toBeLessThan(500);
        const body = response.json();
        expect(typeof body.error.code).toBe('string');
        expect(body.error.message.length).toBeGreaterThan(0);
        expect(response.body).not.toMatch(/at .+\.ts:\d+/);
      }),
      { numRuns: 200, seed: 20261122 },
    );
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(200);
    // The mix reaches the validation (400), auth (401), routing (404), conflict-free
    // refusal and media-type (415) paths, not one path 200 times.
    expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([400, 401, 404, 415]));
    const leads = await app.inject({
      url: '/api/v1/leads?limit=200',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(leads.json().items).toEqual([]);
    const users = await app.inject({ url: '/api/v1/users', headers: { authorization: `Bearer ${token}` } });
    expect(users.json().items).toEqual([]);
  });
});
