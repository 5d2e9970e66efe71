import type { Kysely, Selectable } from 'kysely';
import type { SiteStore } from '../capture/capture-store.ts';
import type { Site } from '../capture/site.ts';
import { parseJson } from './json.ts';
import type { Database, SitesTable } from './schema.ts';

const siteFromRow = (row: Selectable<SitesTable>): Site => ({
  id: row.id,
  name: row.name,
  publicKey: row.public_key,
  allowedOrigins: parseJson<string[]>(row.allowed_origins, []),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const rowFromSite = (site: Site): Selectable<SitesTable> => ({
  id: site.id,
  name: site.name,
  public_key: site.publicKey,
  allowed_origins: JSON.stringify(site.allowedOrigins),
  created_at: site.createdAt,
  updated_at: site.updatedAt,
});

export function sqlSiteStore(db: Kysely<Database>): SiteStore {
  return {
    async insert(site) {
      await db.insertInto('sites').values(rowFromSite(site)).execute();
    },
    async update(site) {
      const { id, public_key: _key, created_at: _createdAt, ...row } = rowFromSite(site);
      await db.updateTable('sites').set(row).where('id', '=', id).execute();
    },
    async remove(id) {
      // Visitors and their anonymous events go with the site; its forms stay, unlinked.
      await db.updateTable('forms').set({ site_id: null }).where('site_id', '=', id).execute();
      await db.deleteFrom('visitor_events').where('site_id', '=', id).execute();
      await db.deleteFrom('visitors').where('site_id', '=', id).execute();
      const result = await db.deleteFrom('sites').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
    async byId(id) {
      const row = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? siteFromRow(row) : undefined;
    },
    async byKey(publicKey) {
      const row = await db
        .selectFrom('sites')
        .selectAll()
        .where('public_key', '=', publicKey)
        .executeTakeFirst();
      return row ? siteFromRow(row) : undefined;
    },
    async list() {
      const rows = await db.selectFrom('sites').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(siteFromRow);
    },
  };
}
