import { legalBasisOf } from '../profile-values.ts';
import type { RdContact } from './parse-rd-webhook.ts';
import { flag, instant, isObject, type Json, str, unknownFields } from './rd-webhook-values.ts';

const CURRENT_KNOWN = new Set([
  'uuid',
  'email',
  'name',
  'job_title',
  'personal_phone',
  'mobile_phone',
  'company',
  'funnel',
  'legal_bases',
  'links',
]);

/** The current contact webhook (`event_type` + `contact`): one contact, one conversion (or opportunity). */
export function currentContact(body: Json, timeZone: string): RdContact | { message: string } {
  const contact = isObject(body.contact) ? body.contact : {};
  const email = str(contact.email, 320);
  if (!email) {
    return { message: 'contact has no email' };
  }
  const at = instant(body.event_timestamp ?? body.timestamp, timeZone);
  const funnel = isObject(contact.funnel) ? contact.funnel : {};
  const company = isObject(contact.company) ? str(contact.company.name) : str(contact.company);
  const consent = Array.isArray(contact.legal_bases)
    ? contact.legal_bases.find(
        (b) => isObject(b) && str(b.status) === 'granted' && legalBasisOf(str(b.type) ?? ''),
      )
    : undefined;
  const basis = isObject(consent) ? legalBasisOf(str(consent.type) ?? '') : undefined;
  const identifier = str(body.event_identifier) ?? 'conversion';
  const eventType = str(body.event_type) ?? '';
  const isConversion = eventType === 'WEBHOOK.CONVERTED';
  return {
    lead: {
      email,
      ...(str(contact.name) ? { name: str(contact.name) } : {}),
      ...(str(contact.job_title) ? { jobTitle: str(contact.job_title) } : {}),
      ...(str(contact.personal_phone ?? contact.mobile_phone, 50)
        ? { phone: str(contact.personal_phone ?? contact.mobile_phone, 50) }
        : {}),
      ...(company ? { company: { name: company } } : {}),
      ...(basis ? { consent: { basis, ...(at ? { givenAt: at } : {}) } } : {}),
      fields: {
        ...unknownFields(contact, CURRENT_KNOWN),
        ...(str(funnel.lifecycle_stage) ? { rd_stage: str(funnel.lifecycle_stage) } : {}),
        ...(flag(funnel.opportunity) !== undefined ? { rd_opportunity: flag(funnel.opportunity) } : {}),
        ...(str(funnel.contact_owner_email, 320) ? { rd_owner: str(funnel.contact_owner_email, 320) } : {}),
      },
    },
    sources: [],
    events: [
      {
        lead: { email },
        type: isConversion ? 'form_submit' : 'custom',
        ...(at ? { occurredAt: at } : {}),
        props: isConversion
          ? { source: 'rdstation', identifier }
          : {
              source: 'rdstation',
              name: eventType.toLowerCase().replace(/^webhook\./, 'rdstation_'),
              identifier,
            },
        idempotencyKey:
          `rdstation:${str(contact.uuid) ?? email.toLowerCase()}:${eventType}:${identifier}:${at ?? 'undated'}`.slice(
            0,
            200,
          ),
      },
    ],
  };
}
