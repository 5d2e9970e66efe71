import { AppError } from '../kernel/app-error.ts';
import { formatPath } from '../kernel/describe-zod-error.ts';
import type { LeadInput } from '../leads/lead-input.ts';
import { leadInputSchema } from '../leads/lead-input.ts';
import type { Transition } from '../lifecycle/lifecycle.ts';
import { visitorIdSchema } from './collect-input.ts';
import type { CaptureForm } from './form.ts';
import { identifyLead, type PipelineContext, type PipelineStores } from './identify-lead.ts';
import { type FormFields, fieldFor, type MappedSubmission, mapFormFields } from './map-form-fields.ts';
import { FORM_DEDUPE_WINDOW_MS, submissionFingerprint } from './submission-fingerprint.ts';

export type FormOutcome =
  | { status: 'stored'; leadId: string; merged: number; transitions: Transition[] }
  /** The same submission within the dedupe window: nothing stored again. */
  | { status: 'duplicate' }
  /** The honeypot was filled in: a bot, answered as usual, nothing stored. */
  | { status: 'ignored' };

/** The lead upsert of a submission, or a 400 naming the form field to fix. */
function leadOf(form: CaptureForm, mapped: MappedSubmission): LeadInput {
  if (mapped.lead.email === undefined) {
    throw new AppError(
      'invalid_request',
      `The submission has no e-mail: fill in the field "${fieldFor(form, 'email')}".`,
    );
  }
  const parsed = leadInputSchema.safeParse(mapped.lead);
  if (!parsed.success) {
    const message = parsed.error.issues
      .map((issue) => `${fieldFor(form, formatPath(issue.path))}: ${issue.message}`)
      .join('; ');
    throw new AppError('invalid_request', message);
  }
  return parsed.data;
}

/**
 * A form submission: mapped to a lead by the form's settings, deduplicated (the same
 * submission twice within `FORM_DEDUPE_WINDOW_MS` is one lead and one `form_submit`),
 * then identified like `bastao.identify` — the visitor's anonymous history merged when the
 * snippet forwarded it — in the caller's transaction.
 */
export async function submitForm<S extends PipelineStores>(
  stores: S,
  context: PipelineContext<S>,
  input: { form: CaptureForm; fields: FormFields },
  now: number,
): Promise<FormOutcome> {
  const { form } = input;
  const mapped = mapFormFields(form, input.fields);
  if (mapped.isHoneypotFilled) {
    return { status: 'ignored' };
  }
  const lead = leadOf(form, mapped);
  const isFirst = await stores.forms.claimSubmission({
    fingerprint: submissionFingerprint(form.id, lead),
    formId: form.id,
    at: now,
    windowMs: FORM_DEDUPE_WINDOW_MS,
  });
  if (!isFirst) {
    return { status: 'duplicate' };
  }
  const visitorId = visitorIdSchema.safeParse(mapped.visitorId);
  const visitor =
    form.siteId !== null && visitorId.success
      ? await stores.visitors.touch(form.siteId, visitorId.data, now)
      : null;
  const pageUrl = mapped.pageUrl?.slice(0, 2000);
  const event = {
    type: 'form_submit',
    occurredAt: new Date(now).toISOString(),
    props: {
      form: form.key,
      formName: form.name,
      consent: mapped.isConsentGiven,
      ...(pageUrl ? { url: pageUrl } : {}),
    },
  };
  const identified = await identifyLead(stores, context, { lead, visitor, events: [event] }, now);
  return { status: 'stored', ...identified };
}
