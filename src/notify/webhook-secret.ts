import { randomBytes } from 'node:crypto';

/** Generated secrets look like `whsec_<32 base64url chars>` (192 random bits). */
export const generateWebhookSecret = (): string => `whsec_${randomBytes(24).toString('base64url')}`;

/**
 * A secret as lists show it after creation: only its last 4 characters, enough to tell
 * which one a receiver is configured with.
 *
 * @example maskSecret('whsec_abcdefgh1234') // '••••1234'
 */
export const maskSecret = (secret: string | null): string | null =>
  secret === null ? null : `••••${secret.slice(-4)}`;
