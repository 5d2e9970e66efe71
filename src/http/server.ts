import { createHmac } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { trackingSecret } from '../capture/tracking-secret.ts';
import type { System } from '../system.ts';
import { captureRoutes } from './capture/capture-routes.ts';
import { installErrorHandler } from './error-handler.ts';
import { postEvents } from './events/post-events.ts';
import { health } from './health.ts';
import { importRoutes } from './imports/import-routes.ts';
import { getLead } from './leads/get-lead.ts';
import { getScore } from './leads/get-score.ts';
import { getTimeline } from './leads/get-timeline.ts';
import { lifecycleRoutes } from './leads/lifecycle-routes.ts';
import { listLeads } from './leads/list-leads.ts';
import { mergeLead } from './leads/merge-lead.ts';
import { postLead } from './leads/post-lead.ts';
import './principal.ts';
import { backtestRoute } from './playbook/backtest-route.ts';
import { playbookRoutes } from './playbook/playbook-routes.ts';
import { marketingSlaRoute } from './relay/marketing-sla-route.ts';
import { slaRoutes } from './relay/sla-routes.ts';
import { workRoutes } from './relay/work-routes.ts';
import { feedbackRoute } from './reports/feedback-route.ts';
import { kpiRoutes } from './reports/kpi-routes.ts';
import { weeklyRoute } from './reports/weekly-route.ts';
import { costRoutes } from './revenue/cost-routes.ts';
import { listDeals } from './revenue/list-deals.ts';
import { postDeal } from './revenue/post-deal.ts';
import { rdStationWebhook } from './revenue/rdstation-webhook.ts';
import { installAuthHook, SESSION_COOKIE } from './session/auth-hook.ts';
import { sessionRoutes } from './session/session-routes.ts';
import { tokenRoutes } from './session/token-routes.ts';
import { users } from './users/users.ts';
import { SECURITY_HEADERS, webApp } from './web-app.ts';
import { deliveryRoutes } from './webhooks/delivery-routes.ts';
import { webhookRoutes } from './webhooks/webhook-routes.ts';

/** Bodies above this are refused with 413 unless a route sets its own limit (events). */
const DEFAULT_BODY_LIMIT = 1024 * 1024;

const API_DESCRIPTION = `Bastão's REST API. Every \`/api/v1\` route needs \`Authorization: Bearer <token>\` (create one with \`bastao token create --name NAME --role ROLE\`).
Errors always have the shape \`{ "error": { "code", "message", "details"? } }\`. Times are ISO 8601; lists are newest first with cursor pagination (\`nextCursor\`).`;

/**
 * The HTTP server: the REST API, its OpenAPI document and docs page. Built from the
 * system without listening, so tests call it in-process with `app.inject`.
 */
export async function buildServer(
  system: System,
  options: { webDist?: string } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: system.logger as FastifyBaseLogger,
    bodyLimit: DEFAULT_BODY_LIMIT,
    // Behind a reverse proxy, the client's IP (for rate limits) is in X-Forwarded-For.
    trustProxy: system.config.trustProxy,
    // Signed e-mail links carry their target URL in the path (`/e/c/:token`).
    routerOptions: { maxParamLength: 4096 },
    // One line per request only when debugging: the tracking routes are high-volume.
    logController: new LogController({
      disableRequestLogging: system.config.logLevel !== 'debug' && system.config.logLevel !== 'trace',
    }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  app.decorateRequest('principal', null);

  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { httpOnly: true, sameSite: 'strict', path: '/', signed: false },
    // The token is bound to the session secret: one stolen from another session fails.
    getUserInfo: (request) => request.cookies[SESSION_COOKIE] ?? '',
    csrfOpts: { hmacKey: await cookieKeyOf(system) },
  });
  installAuthHook(app, system);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Bastão API', version: '1', description: API_DESCRIPTION },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // Tracking, forms and e-mail links are embedded in other sites: they set their own headers.
  await app.register(captureRoutes(system));
  await app.register(health(system.ping));
  await app.register(async (scope) => {
    await scope.register(fastifyHelmet, SECURITY_HEADERS);
    await scope.register(webApp(options.webDist));
    for (const routes of apiRoutes(system)) {
      await scope.register(routes);
    }
  });
  return app;
}

/** Every `/api/v1` route, served with the web app's security headers. */
const apiRoutes = (system: System) => [
  sessionRoutes(system),
  postLead(system),
  listLeads(system),
  getLead(system),
  mergeLead(system),
  getTimeline(system),
  getScore(system),
  lifecycleRoutes(system),
  postEvents(system),
  playbookRoutes(system),
  backtestRoute(system),
  workRoutes(system),
  slaRoutes(system),
  marketingSlaRoute(system),
  kpiRoutes(system),
  feedbackRoute(system),
  weeklyRoute(system),
  users(system),
  webhookRoutes(system),
  deliveryRoutes(system),
  postDeal(system),
  listDeals(system),
  costRoutes(system),
  rdStationWebhook(system),
  tokenRoutes(system),
  importRoutes(system),
];

/** The key CSRF tokens are signed with: derived from the instance secret, stable across restarts. */
async function cookieKeyOf(system: System): Promise<string> {
  const secret = await trackingSecret(
    system.config.secret,
    system.stores.instanceSecrets,
    system.clock.now(),
  );
  return createHmac('sha256', secret).update('bastao:csrf').digest('base64url');
}
