import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signEmailLink } from '../../capture/email-token.ts';
import { AppError } from '../../kernel/app-error.ts';
import { text } from '../../kernel/schema-helpers.ts';
import { emailSchema } from '../../leads/lead-input.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { publicBaseUrl } from './capture-http.ts';

const TAGS = ['tracking'];

const mintBody = z
  .object({
    leadId: z.string().min(1).max(64).optional(),
    email: emailSchema.optional(),
    campaign: text(200).pipe(z.string().min(1, 'name the campaign or e-mail')),
    urls: z
      .array(z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2000))
      .max(100)
      .default([])
      .meta({ description: 'The links of the e-mail; each gets its tracked URL.' }),
  })
  .refine((body) => (body.leadId === undefined) !== (body.email === undefined), {
    message: 'give exactly one of `leadId` or `email`',
    path: ['leadId'],
  });

export const emailLinkRoutes =
  (system: System, emailKey: () => Promise<Buffer>): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/v1/email-links',
      {
        config: { permission: 'capture:write' },
        schema: {
          tags: TAGS,
          summary: 'Signed open pixel and click links for one recipient',
          description:
            'For an e-mail to one lead: the open pixel (an `<img>` to put at the end of the HTML) and a tracked URL per link. The tokens are signed (HMAC-SHA256 with `BASTAO_SECRET`, or a secret generated once and kept in the database): nobody can forge an open or a click, nor make a click redirect anywhere not signed here.',
          body: mintBody,
          response: {
            200: z.object({
              leadId: z.string(),
              openPixelUrl: z.string(),
              openPixelHtml: z.string(),
              links: z.array(z.object({ url: z.string(), trackedUrl: z.string() })),
            }),
            ...AUTHED_ERRORS,
            404: errorResponseSchema,
          },
        },
      },
      async (request) => {
        const { leadId, email, campaign, urls } = request.body;
        const lead = leadId
          ? await system.stores.leads.byId(leadId)
          : await system.stores.leads.byEmail(email ?? '');
        if (!lead) {
          throw new AppError(
            'lead_not_found',
            `No lead with ${leadId ? `id ${leadId}` : `e-mail ${email}`}.`,
          );
        }
        const key = await emailKey();
        const base = publicBaseUrl(system, request);
        const openPixelUrl = `${base}/e/o/${signEmailLink(key, { kind: 'open', leadId: lead.id, campaign })}.gif`;
        return {
          leadId: lead.id,
          openPixelUrl,
          openPixelHtml: `<img src="${openPixelUrl}" width="1" height="1" alt="" style="display:block;border:0">`,
          links: urls.map((url) => ({
            url,
            trackedUrl: `${base}/e/c/${signEmailLink(key, { kind: 'click', leadId: lead.id, campaign, url })}`,
          })),
        };
      },
    );
  };
