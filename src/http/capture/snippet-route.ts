import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { snippetAsset } from '../../capture/snippet/snippet.ts';
import { PUBLIC } from './capture-http.ts';

/** Browsers revalidate after an hour (cheap with the ETag); a day of stale while they do. */
const CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

const matches = (header: string | undefined, etag: string): boolean =>
  (header ?? '').split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);

export const snippetRoute = (): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/t.js',
    {
      schema: {
        ...PUBLIC,
        summary: 'The tracking snippet',
        description:
          'Install with `<script async src="https://<bastao>/t.js" data-site="<site key>"></script>`. Cached an hour, with an ETag; gzip when accepted.',
      },
    },
    async (request, reply) => {
      const asset = snippetAsset();
      void reply
        .header('content-type', 'text/javascript; charset=utf-8')
        .header('cache-control', CACHE_CONTROL)
        .header('etag', asset.etag)
        .header('vary', 'Accept-Encoding')
        .header('x-content-type-options', 'nosniff');
      if (matches(request.headers['if-none-match'], asset.etag)) {
        return reply.code(304).send();
      }
      if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        return reply.header('content-encoding', 'gzip').send(asset.gzipped);
      }
      return reply.send(asset.source);
    },
  );
};
