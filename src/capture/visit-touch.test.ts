import { describe, expect, it } from 'vitest';
import { touchOfPage, utmOf, withPageTouch } from './visit-touch.ts';
import type { Visitor } from './visitor.ts';

const T = Date.UTC(2026, 2, 2, 12);
const fresh: Visitor = {
  siteId: 's',
  id: 'v',
  leadId: null,
  firstTouch: null,
  lastTouch: null,
  createdAt: T,
  lastSeenAt: T,
};

describe('where a visit came from', () => {
  it('reads the UTM parameters of the landing page', () => {
    expect(utmOf('https://acme.com/?utm_source=google&utm_medium=cpc&utm_campaign=%20marca%20&x=1')).toEqual({
      source: 'google',
      medium: 'cpc',
      campaign: 'marca',
    });
    expect(utmOf('not a url')).toEqual({});
  });

  it('names the referring site as the channel of a visit without UTM', () => {
    const { touch, isFromOutside } = touchOfPage({
      url: 'https://www.acme.com/blog',
      referrer: 'https://www.linkedin.com/feed/',
      at: T,
    });
    expect(isFromOutside).toBe(true);
    expect(touch).toMatchObject({
      channel: 'linkedin.com',
      medium: 'referral',
      landingPage: 'https://www.acme.com/blog',
    });
  });

  it('treats internal navigation and direct visits as not from outside', () => {
    expect(
      touchOfPage({ url: 'https://www.acme.com/b', referrer: 'https://acme.com/a', at: T }).isFromOutside,
    ).toBe(false);
    const direct = touchOfPage({ url: 'https://acme.com/', referrer: null, at: T });
    expect(direct).toMatchObject({ isFromOutside: false, touch: { channel: 'direct', medium: null } });
  });

  it('keeps the first visit as first touch and moves the last touch only on visits from outside', () => {
    let visitor = withPageTouch(fresh, { url: 'https://acme.com/?utm_source=google', referrer: null, at: T });
    visitor = withPageTouch(visitor, {
      url: 'https://acme.com/precos',
      referrer: 'https://acme.com/',
      at: T + 1,
    });
    expect(visitor.firstTouch?.channel).toBe('google');
    expect(visitor.lastTouch?.channel).toBe('google');
    visitor = withPageTouch(visitor, { url: 'https://acme.com/', referrer: null, at: T + 2 });
    expect(visitor.lastTouch?.channel).toBe('google');
    visitor = withPageTouch(visitor, {
      url: 'https://acme.com/?utm_source=newsletter',
      referrer: null,
      at: T + 3,
    });
    expect(visitor.firstTouch?.channel).toBe('google');
    expect(visitor.lastTouch).toMatchObject({ channel: 'newsletter', at: T + 3 });
  });

  it('makes a direct first visit the first touch too', () => {
    const visitor = withPageTouch(fresh, { url: 'https://acme.com/', referrer: null, at: T });
    expect(visitor.firstTouch?.channel).toBe('direct');
    expect(visitor.lastTouch?.channel).toBe('direct');
  });
});
