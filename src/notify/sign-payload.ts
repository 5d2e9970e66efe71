import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header outbound webhooks carry their signature in. */
export const SIGNATURE_HEADER = 'X-Bastao-Signature';
const PREFIX = 'sha256=';

/**
 * The signature of a webhook body: `sha256=` and the hex HMAC-SHA256 of the exact bytes
 * sent (UTF-8), keyed with the subscription's secret. Receivers recompute it over the raw
 * body, before parsing the JSON.
 *
 * @example signPayload('s3cr3t', '{"type":"lead.mql"}') // 'sha256=5f…'
 */
export function signPayload(secret: string, body: string): string {
  return PREFIX + createHmac('sha256', secret).update(body, 'utf8').digest('hex');
}

/**
 * Whether a signature header matches the body, compared in constant time so that the
 * time taken does not reveal how much of a forged signature was right.
 *
 * @example verifySignature('s3cr3t', body, request.headers['x-bastao-signature']) // true
 */
export function verifySignature(secret: string, body: string, header: string | null | undefined): boolean {
  if (typeof header !== 'string' || !header.startsWith(PREFIX)) {
    return false;
  }
  const given = Buffer.from(header.slice(PREFIX.length).trim().toLowerCase(), 'utf8');
  const expected = Buffer.from(signPayload(secret, body).slice(PREFIX.length), 'utf8');
  // timingSafeEqual needs equal lengths; a length mismatch reveals only the length of a hex digest.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
