import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formInputSchema, formUpdateSchema } from '../../capture/form-input.ts';
import { createForm, updateForm } from '../../capture/save-form.ts';
import { AppError } from '../../kernel/app-error.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS, idParamsSchema } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { formResponse, formSchema } from './capture.schemas.ts';
import { publicBaseUrl } from './capture-http.ts';

const TAGS = ['tracking'];
const NOT_FOUND = { 404: errorResponseSchema };

export const formRoutes =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/v1/forms',
      {
        config: { permission: 'capture:write' },
        schema: {
          tags: TAGS,
          summary: 'Add a form whose submissions become leads',
          description:
            'Plain HTML forms post to `action` (`/f/<key>`); forms on a tracked site can instead carry `data-bastao-form="<key>"` and the snippet forwards them. Without `fieldMapping`, fields named `email`, `name`, `phone`, `jobTitle` and `company` are read.',
          body: formInputSchema,
          response: { 201: formSchema, ...AUTHED_ERRORS, 409: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const form = await system.stores.transaction((stores) =>
          createForm(stores, request.body, system.clock.now()),
        );
        return reply.code(201).send(formResponse(form, publicBaseUrl(system, request)));
      },
    );

    app.get(
      '/api/v1/forms',
      {
        config: { permission: 'capture:read' },
        schema: {
          tags: TAGS,
          summary: 'Every form, oldest first',
          response: { 200: z.object({ items: z.array(formSchema) }), ...AUTHED_ERRORS },
        },
      },
      async (request) => {
        const base = publicBaseUrl(system, request);
        return { items: (await system.stores.forms.list()).map((form) => formResponse(form, base)) };
      },
    );

    app.get(
      '/api/v1/forms/:id',
      {
        config: { permission: 'capture:read' },
        schema: {
          tags: TAGS,
          summary: 'One form',
          params: idParamsSchema,
          response: { 200: formSchema, ...AUTHED_ERRORS, ...NOT_FOUND },
        },
      },
      async (request) => {
        const form = await system.stores.forms.byId(request.params.id);
        if (!form) {
          throw new AppError('not_found', `No form with id ${request.params.id}.`);
        }
        return formResponse(form, publicBaseUrl(system, request));
      },
    );

    app.patch(
      '/api/v1/forms/:id',
      {
        config: { permission: 'capture:write' },
        schema: {
          tags: TAGS,
          summary: 'Change a form',
          description:
            'Fields left out stay; `null` clears; a new `fieldMapping` replaces the old one whole.',
          params: idParamsSchema,
          body: formUpdateSchema,
          response: { 200: formSchema, ...AUTHED_ERRORS, ...NOT_FOUND, 409: errorResponseSchema },
        },
      },
      async (request) => {
        const form = await system.stores.transaction((stores) =>
          updateForm(stores, request.params.id, request.body, system.clock.now()),
        );
        return formResponse(form, publicBaseUrl(system, request));
      },
    );

    app.delete(
      '/api/v1/forms/:id',
      {
        config: { permission: 'capture:write' },
        schema: {
          tags: TAGS,
          summary: 'Delete a form',
          description: 'Later posts to its URL get 404; the leads and events it made stay.',
          params: idParamsSchema,
          response: { 204: z.null(), ...AUTHED_ERRORS, ...NOT_FOUND },
        },
      },
      async (request, reply) => {
        const removed = await system.stores.transaction((stores) => stores.forms.remove(request.params.id));
        if (!removed) {
          throw new AppError('not_found', `No form with id ${request.params.id}.`);
        }
        return reply.code(204).send(null);
      },
    );
  };
