import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CaptureForm } from '../../capture/form.ts';
import { formKeySchema } from '../../capture/form-input.ts';
import type { FormFields } from '../../capture/map-form-fields.ts';
import { isOriginAllowed } from '../../capture/site.ts';
import { submitForm } from '../../capture/submit-form.ts';
import { AppError } from '../../kernel/app-error.ts';
import { RateLimiter } from '../../kernel/rate-limiter.ts';
import type { System } from '../../system.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { allowOrigin, answerPreflight, enforceLimit, PUBLIC } from './capture-http.ts';
import { thankYouPage } from './thank-you-page.ts';

/** A form post is small: 32 KB is dozens of long fields. */
const FORM_BODY_LIMIT = 32 * 1024;
/** One address, one form: a person sends a handful; more is a script. */
const PER_IP_AND_FORM = { max: 10, windowMs: 10 * 60 * 1000 };
/** One form from everywhere: a launch spike passes, a flood does not fill the database. */
const PER_FORM = { max: 300, windowMs: 60 * 1000 };

const value = z.union([z.string().max(5_000), z.number(), z.boolean(), z.null()]);
const bodySchema = z
  .record(z.string().min(1).max(100), z.union([value, z.array(value).max(50)]))
  .refine((fields) => Object.keys(fields).length <= 100, 'at most 100 fields')
  .meta({ description: 'The form’s fields: a plain HTML post (urlencoded) or a JSON object.' });

const toFields = (body: z.output<typeof bodySchema>): FormFields =>
  Object.fromEntries(
    Object.entries(body).map(([name, v]) => [
      name,
      Array.isArray(v) ? v.map((x) => String(x ?? '')).join(', ') : String(v ?? ''),
    ]),
  );

/** A JSON client (fetch, a landing-page builder's webhook) gets JSON; a browser posting a form gets a page. */
const wantsJson = (request: FastifyRequest): boolean =>
  (request.headers['content-type'] ?? '').includes('json') ||
  ((request.headers.accept ?? '').includes('application/json') &&
    !(request.headers.accept ?? '').includes('text/html'));

export const formSubmitRoute =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    const perIp = new RateLimiter(PER_IP_AND_FORM);
    const perForm = new RateLimiter(PER_FORM);

    /** The form, when the request may post to it: a form of a site takes posts from that site's pages only. */
    const formFor = async (key: string, origin: string | undefined): Promise<CaptureForm> => {
      const form = await system.stores.forms.byKey(key);
      if (!form) {
        throw new AppError('not_found', `No form with key ${key}: check the form's action URL.`);
      }
      const site = form.siteId ? await system.stores.sites.byId(form.siteId) : undefined;
      if (site && origin !== undefined && !isOriginAllowed(site, origin)) {
        throw new AppError(
          'forbidden',
          `Origin ${origin} is not among the allowed origins of the form's site.`,
        );
      }
      return form;
    };
    const params = z.object({ formKey: formKeySchema });

    app.options('/f/:formKey', { schema: { ...PUBLIC, hide: true, params } }, async (request, reply) => {
      await formFor(request.params.formKey, request.headers.origin);
      return answerPreflight(reply, request.headers.origin ?? '*');
    });

    app.post(
      '/f/:formKey',
      {
        bodyLimit: FORM_BODY_LIMIT,
        schema: {
          ...PUBLIC,
          summary: 'Submit a form',
          description:
            'A plain HTML form post (`application/x-www-form-urlencoded`) or JSON. Fields are mapped to the lead by the form’s settings; `utm_*` hidden fields become the source; the consent checkbox becomes LGPD consent. The same submission twice within 5 minutes counts once. A browser post is redirected (303) to the form’s redirect URL or shown a thank-you page; JSON gets `{ "received": true }`.',
          params,
          body: bodySchema,
          response: {
            200: z.object({ received: z.literal(true) }),
            400: errorResponseSchema,
            403: errorResponseSchema,
            404: errorResponseSchema,
            413: errorResponseSchema,
            415: errorResponseSchema,
            429: errorResponseSchema,
          },
        },
      },
      async (request, reply) => {
        const now = system.clock.now();
        const { formKey } = request.params;
        enforceLimit(perIp, `${request.ip}|${formKey}`, now, reply);
        enforceLimit(perForm, formKey, now, reply);
        const form = await formFor(formKey, request.headers.origin);
        if (request.headers.origin) {
          allowOrigin(reply, request.headers.origin);
        }
        const playbook = await system.playbook();
        await system.stores.transaction((stores) =>
          submitForm(
            stores,
            { playbook, hooks: system.hooks },
            { form, fields: toFields(request.body) },
            now,
          ),
        );
        return answer(form, request, reply);
      },
    );
  };

/** The same answer whatever happened (stored, duplicate, honeypot): a bot learns nothing. */
function answer(form: CaptureForm, request: FastifyRequest, reply: FastifyReply) {
  if (wantsJson(request)) {
    return reply.code(200).send({ received: true as const });
  }
  if (form.redirectUrl) {
    return reply.redirect(form.redirectUrl, 303);
  }
  return reply.code(200).type('text/html; charset=utf-8').serializer(String).send(thankYouPage(request));
}
