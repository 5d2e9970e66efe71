import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyHelmetOptions } from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';

/** Where `npm run build:web` (run by `npm install`) puts the web app. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Bastão</title>
<body style="font:16px system-ui;margin:3rem;max-width:40rem">
<h1>The web app is not built</h1>
<p>Run <code>npm run build:web</code> (<code>npm install</code> does it) and reload. The API is up: <a href="/api/docs">/api/docs</a>.</p>`;

/**
 * Security headers for the web app and the API (CSP without inline scripts, no framing,
 * no sniffing). Not for the capture routes, which other sites embed.
 */
export const SECURITY_HEADERS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // React and ECharts set style attributes.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
      upgradeInsecureRequests: null,
    },
  },
};

/**
 * The web app: built assets from `web/dist` (hashed files cached for a year, the page
 * itself never), every other GET outside the API answered with the app's page so that
 * client routes (`/leads/…`) survive a reload.
 */
export const webApp =
  (dist = WEB_DIST): FastifyPluginAsync =>
  async (app) => {
    const indexFile = `${dist}index.html`;
    const built = existsSync(indexFile);
    const page = built ? readFileSync(indexFile, 'utf8') : NOT_BUILT;
    if (built) {
      await app.register(fastifyStatic, {
        root: dist,
        wildcard: false,
        index: false,
        setHeaders: (res: { header(name: string, value: string): unknown }, path: string) => {
          res.header(
            'cache-control',
            path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      });
    }
    app.get('/*', { schema: { hide: true } }, async (request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      if (path.startsWith('/api/') || path.startsWith('/assets/')) {
        return reply.code(404).send({ error: { code: 'not_found', message: `No route GET ${path}.` } });
      }
      return reply
        .code(built ? 200 : 503)
        .header('cache-control', 'no-cache')
        .type('text/html; charset=utf-8')
        .send(page);
    });
  };
