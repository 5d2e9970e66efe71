import type { SourceInput } from '../../../leads/lead-input.ts';
import { rdOrigin } from '../channel-names.ts';
import type { RdContact } from './parse-rd-webhook.ts';
import { flag, instant, isObject, str, unknownFields } from './rd-webhook-values.ts';

const LEGACY_KNOWN = new Set([
  'id',
  'uuid',
  'email',
  'name',
  'company',
  'job_title',
  'personal_phone',
  'mobile_phone',
  'created_at',
  'first_conversion',
  'last_conversion',
  'custom_fields',
  'opportunity',
  'user',
  'lead_stage',
  'fit_score',
  'interest',
]);

/** A lead of the legacy batch (`{ leads: [ … ] }`): strings everywhere, conversions with their origin. */
export function legacyContact(lead: unknown, timeZone: string): RdContact | { message: string } {
  if (!isObject(lead) || !str(lead.email, 320)) {
    return { message: 'has no email' };
  }
  const email = str(lead.email, 320) as string;
  const custom = isObject(lead.custom_fields) ? unknownFields(lead.custom_fields, new Set()) : {};
  const fields = {
    ...unknownFields(lead, LEGACY_KNOWN),
    ...custom,
    ...(flag(lead.opportunity) !== undefined ? { rd_opportunity: flag(lead.opportunity) } : {}),
    ...(str(lead.user, 320) ? { rd_owner: str(lead.user, 320) } : {}),
    ...(str(lead.lead_stage) ? { rd_stage: str(lead.lead_stage) } : {}),
    ...(str(lead.fit_score) ? { rd_profile: str(lead.fit_score)?.toUpperCase() } : {}),
    ...(Number.isFinite(Number(lead.interest)) && str(lead.interest)
      ? { rd_interest: Number(lead.interest) }
      : {}),
  };
  const sources: SourceInput[] = [];
  const events: Record<string, unknown>[] = [];
  for (const conversion of [lead.first_conversion, lead.last_conversion]) {
    if (!isObject(conversion)) {
      continue;
    }
    const at = instant(conversion.created_at, timeZone);
    const content = isObject(conversion.content) ? conversion.content : {};
    const origin = isObject(conversion.conversion_origin) ? conversion.conversion_origin : {};
    const identifier = str(content.identificador) ?? str(content.identifier) ?? 'conversion';
    const channel = rdOrigin(str(origin.channel) ?? str(origin.source) ?? '').channel;
    if (at) {
      sources.push({
        ...(channel ? { channel } : {}),
        ...(str(origin.campaign) ? { campaign: str(origin.campaign) } : {}),
        ...(str(origin.medium, 100) ? { medium: str(origin.medium, 100) } : {}),
        at: Date.parse(at),
      });
    }
    events.push({
      lead: { email },
      type: 'form_submit',
      ...(at ? { occurredAt: at } : {}),
      props: {
        source: 'rdstation',
        identifier,
        form: unknownFields(content, new Set()),
        origin: unknownFields(origin, new Set()),
      },
      idempotencyKey: `rdstation:${email.toLowerCase()}:${identifier}:${at ?? 'undated'}`.slice(0, 200),
    });
  }
  return {
    lead: {
      email,
      ...(str(lead.name) ? { name: str(lead.name) } : {}),
      ...(str(lead.job_title) ? { jobTitle: str(lead.job_title) } : {}),
      ...(str(lead.personal_phone ?? lead.mobile_phone, 50)
        ? { phone: str(lead.personal_phone ?? lead.mobile_phone, 50) }
        : {}),
      ...(str(lead.company) ? { company: { name: str(lead.company) } } : {}),
      fields,
    },
    sources: dedupeSources(sources),
    events: events.filter((e, i) => events.findIndex((o) => o.idempotencyKey === e.idempotencyKey) === i),
  };
}

const dedupeSources = (sources: SourceInput[]): SourceInput[] =>
  sources.filter((s, i) => i === 0 || s.at !== sources[0]?.at);
