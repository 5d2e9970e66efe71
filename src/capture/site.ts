import { randomBytes } from 'node:crypto';

/** A website that carries the tracking snippet. Times are epoch ms. */
export interface Site {
  id: string;
  name: string;
  /** Public by design: it is in the page's `<script>` tag. It names the site, it grants nothing. */
  publicKey: string;
  /** `https://www.acme.com.br`-style origins the snippet may send from (CORS). */
  allowedOrigins: string[];
  createdAt: number;
  updatedAt: number;
}

/** Site keys look like `site_<22 base64url chars>` (128 random bits): unguessable, so a typo never hits another site. */
export const newSiteKey = (): string => `site_${randomBytes(16).toString('base64url')}`;

/**
 * The origin of a URL as browsers send it in `Origin` (`scheme://host[:port]`, lower-case,
 * default port dropped), or null when it is not an http(s) URL.
 *
 * @example normalizeOrigin('HTTPS://Www.Acme.com.br/precos') // 'https://www.acme.com.br'
 */
export function normalizeOrigin(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** Whether the request's `Origin` header is one of the site's allowed origins. */
export const isOriginAllowed = (site: Pick<Site, 'allowedOrigins'>, origin: string | undefined): boolean => {
  if (!origin) {
    return false;
  }
  const normalized = normalizeOrigin(origin);
  return normalized !== null && site.allowedOrigins.includes(normalized);
};
