import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../kernel/rate-limiter.ts';
import { occurredAtOf } from './collect-input.ts';
import { isBot } from './is-bot.ts';
import { isOriginAllowed, normalizeOrigin } from './site.ts';

describe('rate limiter', () => {
  it('allows max hits per window per key, then says how long to wait', () => {
    const limiter = new RateLimiter({ max: 2, windowMs: 1_000 });
    expect(limiter.hit('a', 0)).toEqual({ ok: true });
    expect(limiter.hit('a', 100)).toEqual({ ok: true });
    expect(limiter.hit('a', 400)).toEqual({ ok: false, retryAfterMs: 600 });
    expect(limiter.hit('b', 400)).toEqual({ ok: true });
    expect(limiter.hit('a', 1_000)).toEqual({ ok: true });
  });

  it('forgets keys whose window is over, so IPs are not kept', () => {
    const limiter = new RateLimiter({ max: 5, windowMs: 1_000 });
    for (let i = 0; i < 100; i++) {
      limiter.hit(`ip-${i}`, 0);
    }
    limiter.hit('late', 5_000);
    expect(limiter.size).toBe(1);
  });

  it('is off at max 0', () => {
    const limiter = new RateLimiter({ max: 0, windowMs: 1_000 });
    for (let i = 0; i < 10; i++) {
      expect(limiter.hit('a', 0).ok).toBe(true);
    }
  });
});

describe('bots', () => {
  it('recognizes crawlers, previews, headless browsers and HTTP libraries, not people', () => {
    for (const ua of [
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'facebookexternalhit/1.1',
      'WhatsApp/2.23.20.0',
      'curl/8.5.0',
      'python-requests/2.31',
      'Mozilla/5.0 HeadlessChrome/140.0',
      undefined,
      '',
    ]) {
      expect(isBot(ua), String(ua)).toBe(true);
    }
    expect(
      isBot(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
      ),
    ).toBe(false);
  });
});

describe('origins', () => {
  it('normalizes origins the way browsers send them', () => {
    expect(normalizeOrigin('HTTPS://WWW.Acme.com.br:443/x?y')).toBe('https://www.acme.com.br');
    expect(normalizeOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    expect(normalizeOrigin('javascript:alert(1)')).toBeNull();
  });

  it('allows only listed origins, and never a request without one', () => {
    const site = { allowedOrigins: ['https://www.acme.com.br'] };
    expect(isOriginAllowed(site, 'https://www.acme.com.br')).toBe(true);
    expect(isOriginAllowed(site, 'https://acme.com.br')).toBe(false);
    expect(isOriginAllowed(site, 'null')).toBe(false);
    expect(isOriginAllowed(site, undefined)).toBe(false);
  });
});

describe('event times', () => {
  it('dates an event by how long the browser held it, not by the browser’s clock', () => {
    const now = 1_000_000_000;
    // A browser whose clock is a year behind, holding the event 3 s.
    expect(occurredAtOf({ at: 5_000 }, 8_000, now)).toBe(now - 3_000);
    expect(occurredAtOf({ at: 9_000 }, 8_000, now)).toBe(now);
    expect(occurredAtOf({ at: 0 }, 10 * 3_600_000, now)).toBe(now - 3_600_000);
  });
});
