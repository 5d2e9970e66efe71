import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { emailLinkEvent } from '../../capture/email-events.ts';
import { type EmailLink, emailLinkKey, linkIdOf, verifyEmailLink } from '../../capture/email-token.ts';
import { isBot } from '../../capture/is-bot.ts';
import { trackingSecret } from '../../capture/tracking-secret.ts';
import { recordEvents } from '../../events/record-events.ts';
import { AppError } from '../../kernel/app-error.ts';
import type { System } from '../../system.ts';
import { PUBLIC } from './capture-http.ts';

/** A 1×1 transparent GIF (43 bytes). */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** The key links are signed with, resolved once per server (the secret may live in the database). */
export function emailKeyOf(system: System): () => Promise<Buffer> {
  let key: Promise<Buffer> | undefined;
  return () => {
    key ??= trackingSecret(system.config.secret, system.stores.instanceSecrets, system.clock.now()).then(
      emailLinkKey,
      (error: unknown) => {
        // A database hiccup must not stick: the next request tries again.
        key = undefined;
        throw error;
      },
    );
    return key;
  };
}

const tokenParams = z.object({ token: z.string().min(1).max(4096) });

export const emailTrackingRoutes =
  (system: System, emailKey: () => Promise<Buffer>): FastifyPluginAsyncZod =>
  async (app) => {
    /** The link a token carries, or 404: a forged or altered token stores nothing and redirects nowhere. */
    const linkOf = async <K extends EmailLink['kind']>(
      token: string,
      kind: K,
    ): Promise<Extract<EmailLink, { kind: K }>> => {
      const link = verifyEmailLink(await emailKey(), token);
      if (!link || link.kind !== kind) {
        throw new AppError('not_found', 'Unknown or altered tracking link.');
      }
      return link as Extract<EmailLink, { kind: K }>;
    };
    /** The open or click on the lead's timeline, through the live pipeline (scoring, MQL, relay). */
    const record = async (link: EmailLink, token: string, userAgent: string | undefined): Promise<void> => {
      if (isBot(userAgent)) {
        return;
      }
      const now = system.clock.now();
      const playbook = await system.playbook();
      // A lead erased since the e-mail went out makes the item invalid: nothing is stored.
      await system.stores.transaction((stores) =>
        recordEvents(
          stores,
          { playbook, hooks: system.hooks },
          [emailLinkEvent(link, linkIdOf(token), now)],
          now,
        ),
      );
    };

    app.get(
      '/e/o/:token.gif',
      {
        schema: {
          ...PUBLIC,
          summary: 'E-mail open pixel',
          description:
            'Records `email_open` for the lead the signed token names (once per 10 minutes) and answers a 1×1 GIF; a forged or altered token is 404.',
          params: tokenParams,
        },
      },
      async (request, reply) => {
        const link = await linkOf(request.params.token, 'open');
        await record(link, request.params.token, request.headers['user-agent']);
        return reply
          .header('content-type', 'image/gif')
          .header('cache-control', 'no-store, private')
          .send(PIXEL);
      },
    );

    app.get(
      '/e/c/:token',
      {
        schema: {
          ...PUBLIC,
          summary: 'E-mail click redirect',
          description:
            'Records `email_click` for the lead the signed token names and redirects (302) to the URL signed into it; a forged or altered token is 404 and goes nowhere.',
          params: tokenParams,
        },
      },
      async (request, reply) => {
        const link = await linkOf(request.params.token, 'click');
        await record(link, request.params.token, request.headers['user-agent']);
        return reply.header('cache-control', 'no-store, private').redirect(link.url, 302);
      },
    );
  };
