import { AppError } from '../kernel/app-error.ts';
import { newId } from '../kernel/ids.ts';
import type { SiteStore } from './capture-store.ts';
import { newSiteKey, type Site } from './site.ts';
import type { SiteInput, SiteUpdate } from './site-input.ts';

/** A new site with a fresh public key for its snippet tag. */
export async function createSite(stores: { sites: SiteStore }, input: SiteInput, now: number): Promise<Site> {
  const site: Site = {
    id: newId(),
    name: input.name,
    publicKey: newSiteKey(),
    allowedOrigins: [...new Set(input.allowedOrigins)],
    createdAt: now,
    updatedAt: now,
  };
  await stores.sites.insert(site);
  return site;
}

/** Renames a site or replaces its allowed origins; its key stays. */
export async function updateSite(
  stores: { sites: SiteStore },
  id: string,
  input: SiteUpdate,
  now: number,
): Promise<Site> {
  const stored = await stores.sites.byId(id);
  if (!stored) {
    throw new AppError('not_found', `No site with id ${id}.`);
  }
  const site: Site = {
    ...stored,
    name: input.name ?? stored.name,
    allowedOrigins: input.allowedOrigins ? [...new Set(input.allowedOrigins)] : stored.allowedOrigins,
    updatedAt: now,
  };
  await stores.sites.update(site);
  return site;
}
