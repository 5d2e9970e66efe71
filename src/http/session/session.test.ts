import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.ts';
import { ENGINES } from '../../../test/engines.ts';
import { createUser } from '../../access/create-user.ts';
import { hashNewPassword, SESSION_IDLE_MS, SESSION_MAX_MS } from '../../access/session.ts';

const PASSWORD = 'correct horse 9';

/** The session cookie and CSRF token from a successful sign-in. */
const cookieOf = (setCookie: string | string[] | undefined, name: string): string | undefined => {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = all.find((c) => c.startsWith(`${name}=`));
  return found?.split(';')[0]?.slice(name.length + 1);
};

describe.each(ENGINES)('web sessions on %s', (engine) => {
  const t = useTestApp(engine, 'admin');
  let userId: string;

  const signIn = async (email = 'bia@acme.com.br', password = PASSWORD) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email, password },
    });
    const session = cookieOf(response.headers['set-cookie'], 'bastao_session');
    const csrfSecret = cookieOf(response.headers['set-cookie'], '_csrf');
    const body = response.json() as { csrfToken: string };
    return {
      response,
      csrfToken: body.csrfToken,
      cookies: { bastao_session: session ?? '', _csrf: csrfSecret ?? '' },
    };
  };

  it('signs a user in with e-mail and password: an http-only cookie, their role, permissions and a CSRF token', async () => {
    const passwordHash = await hashNewPassword(PASSWORD);
    const user = await t.system.stores.transaction((stores) =>
      createUser(
        stores,
        { email: 'Bia@Acme.com.br', name: 'Bia Souza', role: 'sales_rep', passwordHash },
        t.system.clock.now(),
      ),
    );
    userId = user.id;
    const { response, cookies, csrfToken } = await signIn(' BIA@acme.com.br ');
    expect(response.statusCode).toBe(200);
    const header = String(response.headers['set-cookie']);
    expect(header).toMatch(
      /bastao_session=[A-Za-z0-9_-]{43}; Max-Age=604800; Path=\/; HttpOnly; SameSite=Lax/,
    );
    expect(cookies.bastao_session).toHaveLength(43);
    expect(csrfToken).toBeTruthy();
    expect(response.json()).toMatchObject({
      user: { email: 'bia@acme.com.br', role: 'sales_rep' },
      role: 'sales_rep',
      workspace: { timeZone: 'America/Sao_Paulo', currency: 'BRL' },
    });
    expect(response.json().permissions).toContain('leads:work');
    expect(response.json().permissions).not.toContain('users:write');

    const me = await t.app.inject({ method: 'GET', url: '/api/v1/session', cookies });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(userId);
  });

  it('refuses a wrong password, an unknown e-mail and a user without a password alike, and sets no cookie', async () => {
    await t.system.stores.transaction((stores) =>
      createUser(
        stores,
        { email: 'token-only@acme.com.br', name: 'Robô', role: 'marketing' },
        t.system.clock.now(),
      ),
    );
    for (const [email, password] of [
      ['bia@acme.com.br', 'wrong password'],
      ['nobody@acme.com.br', PASSWORD],
      ['token-only@acme.com.br', PASSWORD],
      ['not an e-mail', PASSWORD],
    ] as const) {
      const { response } = await signIn(email, password);
      expect(response.statusCode).toBe(401);
      expect(response.json().error.message).toBe('Wrong e-mail or password, or the user is deactivated.');
      expect(cookieOf(response.headers['set-cookie'], 'bastao_session')).toBeUndefined();
    }
    const empty = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: '', password: '' },
    });
    expect(empty.statusCode).toBe(400);
  });

  it('needs the CSRF token for writes made with the cookie, and not for bearer tokens', async () => {
    const { cookies, csrfToken } = await signIn();
    const lead = { email: 'csrf@cliente.com.br', name: 'Cliente' };
    const without = await t.app.inject({ method: 'POST', url: '/api/v1/leads', cookies, payload: lead });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('forbidden');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      cookies,
      headers: { 'x-csrf-token': `${csrfToken}x` },
      payload: lead,
    });
    expect(wrong.statusCode).toBe(403);
    expect(
      (
        await t.app.inject({ method: 'GET', url: '/api/v1/leads?email=csrf@cliente.com.br', headers: t.auth })
      ).json().items,
    ).toHaveLength(0);

    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      cookies,
      headers: { 'x-csrf-token': csrfToken },
      payload: lead,
    });
    expect(ok.statusCode).toBe(201);
    const bearer = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      headers: t.auth,
      payload: lead,
    });
    expect(bearer.statusCode).toBe(200);
  });

  it('ties the CSRF token to its session: a token from another session is refused', async () => {
    const first = await signIn();
    const second = await signIn();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/leads',
      cookies: { ...second.cookies, _csrf: first.cookies._csrf },
      headers: { 'x-csrf-token': first.csrfToken },
      payload: { email: 'cross@cliente.com.br' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('ends a session after a week idle, and after 30 days even when used daily', async () => {
    const { cookies } = await signIn();
    const start = t.system.clock.now();
    t.system.clock.set(start + SESSION_IDLE_MS - 60_000);
    expect((await t.app.inject({ url: '/api/v1/session', cookies })).statusCode).toBe(200);
    // Used just now: a week more from here.
    t.system.clock.set(start + 2 * SESSION_IDLE_MS - 120_000);
    expect((await t.app.inject({ url: '/api/v1/session', cookies })).statusCode).toBe(200);
    t.system.clock.set(start + 3 * SESSION_IDLE_MS);
    const idle = await t.app.inject({ url: '/api/v1/session', cookies });
    expect(idle.statusCode).toBe(401);
    expect(idle.json().error.message).toBe('Your session has ended; sign in again.');

    t.system.clock.set(start + 10 * SESSION_MAX_MS);
    const daily = await signIn();
    for (let day = 1; day < 30; day++) {
      t.system.clock.advance(24 * 3600_000);
      expect((await t.app.inject({ url: '/api/v1/session', cookies: daily.cookies })).statusCode).toBe(200);
    }
    t.system.clock.advance(24 * 3600_000);
    expect((await t.app.inject({ url: '/api/v1/session', cookies: daily.cookies })).statusCode).toBe(401);
  });

  it('signs out: the cookie stops working', async () => {
    const { cookies, csrfToken } = await signIn();
    const out = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      cookies,
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('bastao_session=;');
    expect((await t.app.inject({ url: '/api/v1/session', cookies })).statusCode).toBe(401);
  });

  it('changes a password: the old one and the other sessions stop working, this one stays', async () => {
    const other = await signIn();
    const mine = await signIn();
    const change = (currentPassword: string, newPassword: string) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/me/password',
        cookies: mine.cookies,
        headers: { 'x-csrf-token': mine.csrfToken },
        payload: { currentPassword, newPassword },
      });
    expect((await change('not it', 'new password 1')).statusCode).toBe(400);
    const short = await change(PASSWORD, 'short');
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toContain('at least 8 characters');
    expect((await change(PASSWORD, 'new password 1')).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/session', cookies: mine.cookies })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/session', cookies: other.cookies })).statusCode).toBe(401);
    expect((await signIn('bia@acme.com.br', PASSWORD)).response.statusCode).toBe(401);
    expect((await signIn('bia@acme.com.br', 'new password 1')).response.statusCode).toBe(200);
    // Back to the shared password for the tests below.
    const again = await signIn('bia@acme.com.br', 'new password 1');
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/password',
      cookies: again.cookies,
      headers: { 'x-csrf-token': again.csrfToken },
      payload: { currentPassword: 'new password 1', newPassword: PASSWORD },
    });
  });

  it('refuses a deactivated user, even with a live session', async () => {
    const { cookies } = await signIn();
    const user = await t.system.stores.access.userById(userId);
    await t.system.stores.access.updateUser({ ...(user as NonNullable<typeof user>), isActive: false });
    expect((await t.app.inject({ url: '/api/v1/session', cookies })).statusCode).toBe(401);
    expect((await signIn()).response.statusCode).toBe(401);
    await t.system.stores.access.updateUser({ ...(user as NonNullable<typeof user>), isActive: true });
  });

  it('limits sign-in attempts per e-mail and address: the 11th in 15 minutes gets 429, then it recovers', async () => {
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        remoteAddress: '203.0.113.9',
        payload: { email: 'bia@acme.com.br', password: 'guess' },
      });
    for (let i = 0; i < 10; i++) {
      expect((await attempt()).statusCode).toBe(401);
    }
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    t.system.clock.advance(15 * 60_000);
    expect((await attempt()).statusCode).toBe(401);
  });
});

describe('the web app and security headers', () => {
  const t = useTestApp('sqlite', 'admin');

  it('answers client routes with the app page and unknown API paths with a JSON 404', async () => {
    for (const url of ['/', '/inbox', '/leads/0193', '/settings/playbook?x=1']) {
      const page = await t.app.inject({ url });
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('<title>Bastão');
      expect(page.headers['cache-control']).toBe('no-cache');
    }
    const missing = await t.app.inject({ url: '/api/v1/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });

  it('sends a strict content security policy on the app and the API, but not on embeddable capture routes', async () => {
    for (const url of ['/', '/api/v1/session']) {
      const response = await t.app.inject({ url });
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    const snippet = await t.app.inject({ url: '/t.js' });
    expect(snippet.statusCode).toBe(200);
    expect(snippet.headers['cross-origin-resource-policy']).toBeUndefined();
    expect(snippet.headers['content-security-policy']).toBeUndefined();
  });
});
