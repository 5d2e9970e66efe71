import { randomBytes } from 'node:crypto';
import type { InstanceSecretStore } from './capture-store.ts';

/** Where the generated secret is kept when `BASTAO_SECRET` is not set. */
export const TRACKING_SECRET_NAME = 'tracking';

/**
 * The secret e-mail links are signed with: `BASTAO_SECRET` when set, otherwise one
 * generated on first use and stored in the database (table `instance_secrets`), so that
 * every process sharing the database signs and checks alike, and a backup keeps links working.
 */
export async function trackingSecret(
  configured: string | undefined,
  store: InstanceSecretStore,
  now: number,
): Promise<string> {
  if (configured) {
    return configured;
  }
  return store.ensure(TRACKING_SECRET_NAME, randomBytes(32).toString('base64url'), now);
}
