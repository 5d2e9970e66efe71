import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RateLimiter } from '../../kernel/rate-limiter.ts';
import type { System } from '../../system.ts';
import { addCaptureParsers } from './capture-http.ts';
import { collectRoute } from './collect-route.ts';
import { emailEventsRoute } from './email-events-route.ts';
import { emailLinkRoutes } from './email-link-routes.ts';
import { emailKeyOf, emailTrackingRoutes } from './email-tracking-routes.ts';
import { formRoutes } from './form-routes.ts';
import { formSubmitRoute } from './form-submit-route.ts';
import { siteRoutes } from './site-routes.ts';
import { snippetRoute } from './snippet-route.ts';

/**
 * Capture from the website and e-mail: the public routes browsers and mail clients call
 * (snippet, collect, forms, open pixel, click redirect), with their own body parsers,
 * and the `/api/v1` routes that configure them.
 */
export const captureRoutes =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    const emailKey = emailKeyOf(system);
    const tracking = new RateLimiter({ max: system.config.trackingRateLimit, windowMs: 60_000 });
    await app.register(async (open) => {
      addCaptureParsers(open);
      await open.register(snippetRoute());
      await open.register(collectRoute(system, tracking));
      await open.register(formSubmitRoute(system));
      await open.register(emailTrackingRoutes(system, emailKey));
    });
    await app.register(siteRoutes(system));
    await app.register(formRoutes(system));
    await app.register(emailLinkRoutes(system, emailKey));
    await app.register(emailEventsRoute(system));
  };
