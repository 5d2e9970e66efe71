import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { authenticate } from '../access/authenticate.ts';
import { isAllowed } from '../access/role.ts';
import { AppError } from '../kernel/app-error.ts';
import type { System } from '../system.ts';
import { captureRoutes } from './capture/capture-routes.ts';
import { installErrorHandler } from './error-handler.ts';
import { postEvents } from './events/post-events.ts';
import { health } from './health.ts';
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
import { users } from './users/users.ts';
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
export async function buildServer(system: System): Promise<FastifyInstance> {
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

  app.addHook('onRequest', async (request, reply) => {
    const permission = request.routeOptions.config.permission;
    if (!permission) {
      return;
    }
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      void reply.header('www-authenticate', 'Bearer');
      throw new AppError(
        'unauthorized',
        'Send the header `Authorization: Bearer <token>`; create a token with `bastao token create --name NAME --role ROLE`.',
      );
    }
    const principal = await authenticate(system.stores, match[1], system.clock.now());
    if (!principal) {
      void reply.header('www-authenticate', 'Bearer error="invalid_token"');
      throw new AppError('unauthorized', 'The token is unknown or revoked.');
    }
    if (!isAllowed(principal.role, permission)) {
      throw new AppError('forbidden', `The role ${principal.role} may not do this (${permission}).`);
    }
    request.principal = principal;
  });

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

  for (const routes of [
    health(system.ping),
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
    captureRoutes(system),
  ]) {
    await app.register(routes);
  }
  return app;
}
