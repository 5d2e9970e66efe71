import { createHash, randomBytes } from 'node:crypto';

/** Tokens look like `bst_<43 base64url chars>` (256 random bits); only a SHA-256 is stored. */
const TOKEN_PREFIX = 'bst_';

export const generateTokenSecret = (): string => TOKEN_PREFIX + randomBytes(32).toString('base64url');

/** A fast hash is right here: the secret has 256 bits of entropy, so it cannot be guessed offline. */
export const hashTokenSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export const looksLikeTokenSecret = (value: string): boolean => /^bst_[A-Za-z0-9_-]{43}$/.test(value);
