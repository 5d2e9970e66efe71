import type { Kysely, Selectable } from 'kysely';
import type { FormStore } from '../capture/capture-store.ts';
import type { CaptureForm, FieldTarget } from '../capture/form.ts';
import { parseJson } from './json.ts';
import type { Database, FormsTable } from './schema.ts';

const formFromRow = (row: Selectable<FormsTable>): CaptureForm => ({
  id: row.id,
  key: row.key,
  siteId: row.site_id,
  name: row.name,
  fieldMapping: parseJson<Record<string, FieldTarget>>(row.field_mapping, {}),
  honeypotField: row.honeypot_field,
  consentField: row.consent_field,
  redirectUrl: row.redirect_url,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const rowFromForm = (form: CaptureForm): Selectable<FormsTable> => ({
  id: form.id,
  key: form.key,
  site_id: form.siteId,
  name: form.name,
  field_mapping: JSON.stringify(form.fieldMapping),
  honeypot_field: form.honeypotField,
  consent_field: form.consentField,
  redirect_url: form.redirectUrl,
  created_at: form.createdAt,
  updated_at: form.updatedAt,
});

export function sqlFormStore(db: Kysely<Database>): FormStore {
  const isKeyTaken = async (key: string, exceptId: string): Promise<boolean> =>
    (await db
      .selectFrom('forms')
      .select('id')
      .where('key', '=', key)
      .where('id', '!=', exceptId)
      .executeTakeFirst()) !== undefined;
  return {
    async insert(form) {
      const result = await db
        .insertInto('forms')
        .values(rowFromForm(form))
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async update(form) {
      if (await isKeyTaken(form.key, form.id)) {
        return false;
      }
      const { id, created_at: _createdAt, ...row } = rowFromForm(form);
      await db.updateTable('forms').set(row).where('id', '=', id).execute();
      return true;
    },
    async remove(id) {
      await db.deleteFrom('form_submissions').where('form_id', '=', id).execute();
      const result = await db.deleteFrom('forms').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
    async byId(id) {
      const row = await db.selectFrom('forms').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? formFromRow(row) : undefined;
    },
    async byKey(key) {
      const row = await db.selectFrom('forms').selectAll().where('key', '=', key).executeTakeFirst();
      return row ? formFromRow(row) : undefined;
    },
    async list() {
      const rows = await db.selectFrom('forms').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(formFromRow);
    },
    async claimSubmission({ fingerprint, formId, at, windowMs }) {
      // Forget what is past the window first: a conflict below then means "within the window".
      await db
        .deleteFrom('form_submissions')
        .where('at', '<=', at - windowMs)
        .execute();
      // On PostgreSQL a concurrent claim of the same fingerprint waits here for the first to commit.
      const result = await db
        .insertInto('form_submissions')
        .values({ fingerprint, form_id: formId, at })
        .onConflict((oc) => oc.column('fingerprint').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
  };
}
