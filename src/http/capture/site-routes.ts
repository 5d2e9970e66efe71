import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createSite, updateSite } from '../../capture/save-site.ts';
import { siteInputSchema, siteUpdateSchema } from '../../capture/site-input.ts';
import { AppError } from '../../kernel/app-error.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS, idParamsSchema } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { siteResponse, siteSchema } from './capture.schemas.ts';
import { publicBaseUrl } from './capture-http.ts';

const TAGS = ['tracking'];
const NOT_FOUND = { 404: errorResponseSchema };

export const siteRoutes =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/v1/sites',
      {
        config: { permission: 'capture:write' },
        schema: {
          tags: TAGS,
          summary: 'Add a website to track',
          description:
            'Answers the site with its public key and the `<script>` tag to paste. Only pages on `allowedOrigins` may send tracking for it.',
          body: siteInputSchema,
          response: { 201: siteSchema, ...AUTHED_ERRORS },
        },
      },
      async (request, reply) => {
        const site = await system.stores.transaction((stores) =>
          createSite(stores, request.body, system.clock.now()),
        );
        return reply.code(201).send(siteResponse(site, publicBaseUrl(system, request)));
      },
    );

    app.get(
      '/api/v1/sites',
      {
        config: { permission: 'capture:read' },
        schema: {
          tags: TAGS,
          summary: 'Every tracked website, oldest first',
          response: { 200: z.object({ items: z.array(siteSchema) }), ...AUTHED_ERRORS },
        },
      },
      async (request) => {
        const base = publicBaseUrl(system, request);
        return { items: (await system.stores.sites.list()).map((site) => siteResponse(site, base)) };
      },
    );

    app.get(
      '/api/v1/sites/:id',
      {
        config: { permission: 'capture:read' },
        schema: {
          tags: TAGS,
          summary: 'One tracked website',
          params: idParamsSchema,
          response: { 200: siteSchema, ...AUTHED_ERRORS, ...NOT_FOUND },
        },
      },
      async (request) => {
        const site = await system.stores.sites.byId(request.params.id);
        if (!site) {
          throw new AppError('not_found', `No site with id ${request.params.id}.`);
        }
        return siteResponse(site, publicBaseUrl(system, request));
      },
    );

    app.patch(
      '/api/v1/sites/:id',
      {
        config: { permission: 'capture:write' },
        schema: {
          tags: TAGS,
          summary: 'Rename a site or change its allowed origins',
          params: idParamsSchema,
          body: siteUpdateSchema,
          response: { 200: siteSchema, ...AUTHED_ERRORS, ...NOT_FOUND },
        },
      },
      async (request) => {
        const site = await system.stores.transaction((stores) =>
          updateSite(stores, request.params.id, request.body, system.clock.now()),
        );
        return siteResponse(site, publicBaseUrl(system, request));
      },
    );

    app.delete(
      '/api/v1/sites/:id',
      {
        config: { permission: 'capture:write' },
        schema: {
          tags: TAGS,
          summary: 'Stop tracking a website',
          description:
            'Deletes the site, its visitors and their anonymous history (identified visitors’ events stay on their leads). Its forms stay, unlinked from it.',
          params: idParamsSchema,
          response: { 204: z.null(), ...AUTHED_ERRORS, ...NOT_FOUND },
        },
      },
      async (request, reply) => {
        const removed = await system.stores.transaction((stores) => stores.sites.remove(request.params.id));
        if (!removed) {
          throw new AppError('not_found', `No site with id ${request.params.id}.`);
        }
        return reply.code(204).send(null);
      },
    );
  };
