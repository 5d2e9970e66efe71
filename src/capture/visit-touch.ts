import type { Touch } from '../leads/lead.ts';
import type { Visitor } from './visitor.ts';

export interface PageContext {
  url: string;
  referrer: string | null;
  at: number;
}

/** The UTM parameters of a page URL (only those present). */
export function utmOf(url: string): Record<string, string> {
  const utm: Record<string, string> = {};
  try {
    for (const [key, value] of new URL(url).searchParams) {
      const name = /^utm_(source|medium|campaign|content|term)$/.exec(key)?.[1];
      if (name && value.trim() !== '') {
        utm[name] = value.trim().slice(0, 200);
      }
    }
  } catch {
    // Not a URL: no UTM parameters.
  }
  return utm;
}

const hostOf = (url: string | null): string | null => {
  if (!url) {
    return null;
  }
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
};

/**
 * Where a page view came from, and whether it starts a new visit from outside: it
 * carries UTM parameters, or its referrer is another site. Internal navigation and
 * direct visits return `isFromOutside: false`.
 *
 * @example touchOfPage({ url: 'https://acme.com/?utm_source=google&utm_medium=cpc', referrer: null, at })
 * // { touch: { channel: 'google', medium: 'cpc', … }, isFromOutside: true }
 */
export function touchOfPage(page: PageContext): { touch: Touch; isFromOutside: boolean } {
  const utm = utmOf(page.url);
  const pageHost = hostOf(page.url);
  const referrerHost = hostOf(page.referrer);
  const externalReferrer = referrerHost !== null && referrerHost !== pageHost ? referrerHost : null;
  const hasUtm = utm.source !== undefined || utm.campaign !== undefined || utm.medium !== undefined;
  return {
    touch: {
      channel: utm.source ?? externalReferrer ?? 'direct',
      campaign: utm.campaign ?? null,
      medium: utm.medium ?? (externalReferrer ? 'referral' : null),
      content: utm.content ?? null,
      term: utm.term ?? null,
      landingPage: page.url.slice(0, 2000),
      referrer: page.referrer ? page.referrer.slice(0, 2000) : null,
      at: page.at,
    },
    isFromOutside: hasUtm || externalReferrer !== null,
  };
}

/**
 * The visitor's touches after a page view: the first page view ever is the first touch;
 * a visit from outside (campaign or another site) becomes the last touch, which is what
 * identify hands to the lead as the converting visit. Unchanged touches return `visitor` itself.
 */
export function withPageTouch(visitor: Visitor, page: PageContext): Visitor {
  const { touch, isFromOutside } = touchOfPage(page);
  const firstTouch =
    visitor.firstTouch === null || page.at < visitor.firstTouch.at ? touch : visitor.firstTouch;
  const isNewer = visitor.lastTouch === null || page.at >= visitor.lastTouch.at;
  const lastTouch = visitor.lastTouch === null || (isFromOutside && isNewer) ? touch : visitor.lastTouch;
  return firstTouch === visitor.firstTouch && lastTouch === visitor.lastTouch
    ? visitor
    : { ...visitor, firstTouch, lastTouch };
}
