import { createHmac, timingSafeEqual } from 'node:crypto';

/** What an e-mail link says: whose e-mail, which campaign, and (clicks) where it goes. */
export type EmailLink =
  | { kind: 'open'; leadId: string; campaign: string }
  | { kind: 'click'; leadId: string; campaign: string; url: string };

/** 16 bytes of HMAC-SHA256 (128 bits): forging one is out of reach, and links stay short. */
const SIGNATURE_BYTES = 16;

/** The key e-mail links are signed with, derived from the instance secret (so it is used for this only). */
export const emailLinkKey = (secret: string): Buffer =>
  createHmac('sha256', secret).update('bastao/email-links/v1').digest();

const signature = (key: Buffer, payload: string): Buffer =>
  createHmac('sha256', key).update(payload).digest().subarray(0, SIGNATURE_BYTES);

/**
 * A URL-safe token carrying the link in the clear (base64url JSON) and its signature.
 * Nobody without the key can make one or change a byte of one: click redirects go only
 * where a token minted here says.
 *
 * @example signEmailLink(key, { kind: 'click', leadId, campaign: 'news-marco', url: 'https://acme.com/precos' })
 */
export function signEmailLink(key: Buffer, link: EmailLink): string {
  const fields =
    link.kind === 'open' ? ['o', link.leadId, link.campaign] : ['c', link.leadId, link.campaign, link.url];
  const payload = Buffer.from(JSON.stringify(fields)).toString('base64url');
  return `${payload}.${signature(key, payload).toString('base64url')}`;
}

/** The link a token carries, or null when it is malformed, forged or altered. */
export function verifyEmailLink(key: Buffer, token: string): EmailLink | null {
  const dot = token.lastIndexOf('.');
  if (dot <= 0 || token.length > 4096) {
    return null;
  }
  const payload = token.slice(0, dot);
  // Compared as text: base64url's last character has unused bits, so comparing decoded
  // bytes would accept four spellings of one signature.
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(signature(key, payload).toString('base64url'));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return null;
  }
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(fields) || !fields.every((f) => typeof f === 'string')) {
    return null;
  }
  const [kind, leadId, campaign, url] = fields as string[];
  if (kind === 'o' && fields.length === 3 && leadId && campaign !== undefined) {
    return { kind: 'open', leadId, campaign };
  }
  if (kind === 'c' && fields.length === 4 && leadId && campaign !== undefined && url) {
    return { kind: 'click', leadId, campaign, url };
  }
  return null;
}

/** The signature part of a token: a short stable id of the link, for idempotency keys. */
export const linkIdOf = (token: string): string => token.slice(token.lastIndexOf('.') + 1);
