import { randomBytes } from 'node:crypto';
import { AppError } from '../kernel/app-error.ts';
import { newId } from '../kernel/ids.ts';
import type { FormStore, SiteStore } from './capture-store.ts';
import { type CaptureForm, DEFAULT_FIELD_MAPPING } from './form.ts';
import type { FormInput, FormUpdate } from './form-input.ts';

type Stores = { forms: FormStore; sites: SiteStore };

/** `Fale com vendas!` → `fale-com-vendas-x7k2`: readable, and unlikely to be taken. */
const keyFromName = (name: string): string => {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  const suffix = randomBytes(4).toString('hex').slice(0, 6);
  return slug.length > 0 ? `${slug}-${suffix}` : `form-${suffix}`;
};

async function checkSite(stores: Stores, siteId: string | null): Promise<void> {
  if (siteId !== null && !(await stores.sites.byId(siteId))) {
    throw new AppError('invalid_request', `siteId: no site with id ${siteId}.`);
  }
}

const taken = (key: string) => new AppError('conflict', `Another form already has the key "${key}".`);

export async function createForm(stores: Stores, input: FormInput, now: number): Promise<CaptureForm> {
  const siteId = input.siteId ?? null;
  await checkSite(stores, siteId);
  const form: CaptureForm = {
    id: newId(),
    key: input.key ?? keyFromName(input.name),
    siteId,
    name: input.name,
    fieldMapping: input.fieldMapping ?? { ...DEFAULT_FIELD_MAPPING },
    honeypotField: input.honeypotField ?? null,
    consentField: input.consentField ?? null,
    redirectUrl: input.redirectUrl ?? null,
    createdAt: now,
    updatedAt: now,
  };
  if (!(await stores.forms.insert(form))) {
    throw taken(form.key);
  }
  return form;
}

/** Changes a form; fields left out stay, `null` clears; a new mapping replaces the old one whole. */
export async function updateForm(
  stores: Stores,
  id: string,
  input: FormUpdate,
  now: number,
): Promise<CaptureForm> {
  const stored = await stores.forms.byId(id);
  if (!stored) {
    throw new AppError('not_found', `No form with id ${id}.`);
  }
  const siteId = input.siteId === undefined ? stored.siteId : input.siteId;
  await checkSite(stores, siteId);
  const pick = <T>(value: T | null | undefined, current: T | null): T | null =>
    value === undefined ? current : value;
  const form: CaptureForm = {
    ...stored,
    key: input.key ?? stored.key,
    siteId,
    name: input.name ?? stored.name,
    fieldMapping: input.fieldMapping ?? stored.fieldMapping,
    honeypotField: pick(input.honeypotField, stored.honeypotField),
    consentField: pick(input.consentField, stored.consentField),
    redirectUrl: pick(input.redirectUrl, stored.redirectUrl),
    updatedAt: now,
  };
  if (!(await stores.forms.update(form))) {
    throw taken(form.key);
  }
  return form;
}
