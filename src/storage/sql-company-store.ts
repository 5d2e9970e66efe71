import type { Kysely, Selectable } from 'kysely';
import type { Company } from '../leads/lead.ts';
import type { CompanyStore } from '../leads/lead-store.ts';
import { parseJson } from './json.ts';
import type { CompaniesTable, Database } from './schema.ts';

export function companyFromRow(row: Selectable<CompaniesTable>): Company {
  return {
    id: row.id,
    domain: row.domain,
    name: row.name,
    segment: row.segment,
    size: row.size,
    employees: row.employees,
    region: row.region,
    state: row.state,
    country: row.country,
    ownerId: row.owner_id,
    fields: parseJson(row.fields, {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const rowFromCompany = (c: Company): Selectable<CompaniesTable> => ({
  id: c.id,
  domain: c.domain,
  name: c.name,
  segment: c.segment,
  size: c.size,
  employees: c.employees,
  region: c.region,
  state: c.state,
  country: c.country,
  owner_id: c.ownerId,
  fields: JSON.stringify(c.fields),
  created_at: c.createdAt,
  updated_at: c.updatedAt,
});

/** `lockRows`: see sqlLeadStore. */
export function sqlCompanyStore(db: Kysely<Database>, lockRows = false): CompanyStore {
  return {
    async byId(id) {
      const row = await db.selectFrom('companies').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? companyFromRow(row) : undefined;
    },
    async byDomain(domain) {
      const q = db.selectFrom('companies').selectAll().where('domain', '=', domain);
      const row = await (lockRows ? q.forUpdate() : q).executeTakeFirst();
      return row ? companyFromRow(row) : undefined;
    },
    async byIds(ids) {
      const found = new Map<string, Company>();
      const unique = [...new Set(ids)];
      for (let i = 0; i < unique.length; i += 500) {
        const rows = await db
          .selectFrom('companies')
          .selectAll()
          .where('id', 'in', unique.slice(i, i + 500))
          .execute();
        for (const row of rows) {
          found.set(row.id, companyFromRow(row));
        }
      }
      return found;
    },
    async insert(company) {
      const result = await db
        .insertInto('companies')
        .values(rowFromCompany(company))
        .onConflict((oc) => oc.column('domain').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async update(company) {
      const { id, ...row } = rowFromCompany(company);
      await db.updateTable('companies').set(row).where('id', '=', id).execute();
    },
  };
}
