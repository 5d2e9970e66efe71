import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { ENGINES, tokenFor } from '../../../test/engines.ts';

describe.each(ENGINES)('API tokens on %s', (engine) => {
  const t = useTestApp(engine, 'admin');

  const create = (payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: t.auth, payload });
  const list = async () =>
    (await t.app.inject({ url: '/api/v1/tokens', headers: t.auth })).json().items as Array<
      Record<string, unknown>
    >;

  it('issues a token whose secret is shown once and works at once', async () => {
    const created = await create({ name: 'site', role: 'marketing' });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      name: 'site',
      role: 'marketing',
      user: null,
      revokedAt: null,
      lastUsedAt: null,
    });
    expect(body.secret).toEqual(expect.any(String));
    expect(body.prefix).toBe(body.secret.slice(0, 8));

    const used = await t.app.inject({
      url: '/api/v1/playbook/versions',
      headers: { authorization: `Bearer ${body.secret}` },
    });
    expect(used.statusCode).toBe(200);

    const response = await t.app.inject({ url: '/api/v1/tokens', headers: t.auth });
    expect(response.body).not.toContain(body.secret);
    expect(response.body).not.toMatch(/hash/i);
    const listed = response.json().items.find((token: { id: string }) => token.id === body.id);
    expect(listed).toMatchObject({ name: 'site', prefix: body.prefix, revokedAt: null });
    expect(listed).not.toHaveProperty('secret');
    expect(listed.lastUsedAt).toEqual(expect.any(String));
  });

  it('ties a token to a user by e-mail and refuses an unknown one', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: t.auth,
      payload: { email: 'Rita@Acme.com.br', name: 'Rita Lima', role: 'sales_rep' },
    });
    const created = await create({ name: 'rita-phone', role: 'sales_rep', userEmail: 'rita@acme.com.br' });
    expect(created.statusCode).toBe(201);
    expect(created.json().user).toMatchObject({ email: 'rita@acme.com.br', name: 'Rita Lima' });

    const unknown = await create({ name: 'ghost', role: 'sales_rep', userEmail: 'ghost@acme.com.br' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('user_not_found');
    expect((await list()).some((token) => token.name === 'ghost')).toBe(false);
  });

  it.each([
    ['no name', { role: 'admin' }, 'name'],
    ['a blank name', { name: '  ', role: 'admin' }, 'name'],
    ['an unknown role', { name: 'x', role: 'owner' }, 'role'],
  ])('refuses %s with 400', async (_case, payload, path) => {
    const response = await create(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.problems[0].path).toBe(path);
  });

  it('revokes a token: it stops working, stays listed as revoked, and cannot be revoked twice', async () => {
    const { id, secret } = (await create({ name: 'crm', role: 'admin' })).json();
    const revoke = () => t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: t.auth });
    expect((await revoke()).statusCode).toBe(204);
    const refused = await t.app.inject({
      url: '/api/v1/tokens',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(refused.statusCode).toBe(401);
    expect((await list()).find((token) => token.id === id)?.revokedAt).toEqual(expect.any(String));
    const again = await revoke();
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toContain('already revoked');
    const missing = await t.app.inject({ method: 'DELETE', url: '/api/v1/tokens/nope', headers: t.auth });
    expect(missing.statusCode).toBe(404);
  });

  it('is for admins only', async () => {
    const marketing = { authorization: `Bearer ${await tokenFor(t.system, 'marketing', 'mkt')}` };
    expect((await t.app.inject({ url: '/api/v1/tokens', headers: marketing })).statusCode).toBe(403);
    const post = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: marketing,
      payload: { name: 'escalate', role: 'admin' },
    });
    expect(post.statusCode).toBe(403);
    expect((await list()).some((token) => token.name === 'escalate')).toBe(false);
    expect((await t.app.inject({ url: '/api/v1/tokens' })).statusCode).toBe(401);
  });
});
