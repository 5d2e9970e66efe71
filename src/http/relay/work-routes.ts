import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { activityInputSchema } from '../../handoff/activity-schema.ts';
import { decideLead } from '../../handoff/decide-lead.ts';
import { logActivity } from '../../handoff/log-activity.ts';
import { AppError } from '../../kernel/app-error.ts';
import { assignLead } from '../../routing/assign-lead.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS, idParamsSchema } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { leadResponse, leadSchema } from '../leads/lead.schemas.ts';
import { transitionResponse, transitionSchema } from '../leads/transition.schemas.ts';
import { principalOf } from '../principal.ts';
import { activityResponse, activitySchema, assignmentResponse, assignmentSchema } from './relay.schemas.ts';
import { assertMayWork } from './work-guard.ts';

const LEAD_ERRORS = { ...AUTHED_ERRORS, 404: errorResponseSchema, 409: errorResponseSchema };

/** What a rep does with an MQL: log touches, accept, reject; and a manager's reassign. */
export const workRoutes =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    const leadOrThrow = async (id: string) => {
      const lead = await system.stores.leads.byId(id);
      if (!lead) {
        throw new AppError('lead_not_found', `No lead with id ${id}.`);
      }
      return lead;
    };

    app.post(
      '/api/v1/leads/:id/activities',
      {
        config: { permission: 'leads:work' },
        schema: {
          tags: ['relay'],
          summary: 'Log a call, WhatsApp, e-mail or meeting with its outcome',
          description:
            'The first activity meets the first-touch clock; activities on the policy’s channels count toward the attempts clock; objections are kept for marketing’s feedback report.',
          params: idParamsSchema,
          body: activityInputSchema,
          response: {
            201: z.object({ activity: activitySchema, clocksMet: z.array(z.string()) }),
            ...LEAD_ERRORS,
          },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        assertMayWork(principal, await leadOrThrow(request.params.id));
        const playbook = await system.playbook();
        const { activity, settled } = await system.stores.transaction((stores) =>
          logActivity(
            stores,
            playbook,
            { ...request.body, leadId: request.params.id, userId: principal.userId, actor: principal.actor },
            system.clock.now(),
          ),
        );
        return reply
          .code(201)
          .send({ activity: activityResponse(activity), clocksMet: settled.map((c) => c.kind) });
      },
    );

    app.get(
      '/api/v1/leads/:id/activities',
      {
        config: { permission: 'leads:read' },
        schema: {
          tags: ['relay'],
          summary: 'The lead’s activities, oldest first',
          params: idParamsSchema,
          response: { 200: z.object({ items: z.array(activitySchema) }), ...LEAD_ERRORS },
        },
      },
      async (request) => {
        const lead = await leadOrThrow(request.params.id);
        return { items: (await system.stores.handoff.activitiesOf(lead.id)).map(activityResponse) };
      },
    );

    const decisionResponse = {
      200: z.object({ lead: leadSchema, transition: transitionSchema }),
      ...LEAD_ERRORS,
    };
    const decide = async (
      leadId: string,
      principal: ReturnType<typeof principalOf>,
      input: Parameters<typeof decideLead>[2],
    ) => {
      assertMayWork(principal, await leadOrThrow(leadId));
      const playbook = await system.playbook();
      const { lead, transition } = await system.stores.transaction((stores) =>
        decideLead(stores, { playbook, hooks: system.hooks }, input, system.clock.now()),
      );
      return { lead: leadResponse(lead), transition: transitionResponse(transition) };
    };

    app.post(
      '/api/v1/leads/:id/accept',
      {
        config: { permission: 'leads:work' },
        schema: {
          tags: ['relay'],
          summary: 'Accept an MQL: it becomes SQL',
          params: idParamsSchema,
          body: z.object({ note: z.string().max(4000).optional() }).default({}),
          response: decisionResponse,
        },
      },
      async (request) => {
        const principal = principalOf(request);
        return decide(request.params.id, principal, {
          decision: 'accept',
          note: request.body.note,
          leadId: request.params.id,
          userId: principal.userId,
          actor: principal.actor,
        });
      },
    );

    app.post(
      '/api/v1/leads/:id/reject',
      {
        config: { permission: 'leads:work' },
        schema: {
          tags: ['relay'],
          summary: 'Reject an MQL with one of the playbook’s reasons',
          description:
            'The reason is required and must be one of the playbook’s `rejectionReasons`; it sends the lead to `nurture` (back to marketing) or `disqualified`. Clocks and tasks stop; marketing sees the reason in the feedback report.',
          params: idParamsSchema,
          body: z.object({
            reason: z.string().min(1, 'a rejection needs a reason from the playbook').max(64),
            note: z.string().max(4000).optional(),
          }),
          response: decisionResponse,
        },
      },
      async (request) => {
        const principal = principalOf(request);
        return decide(request.params.id, principal, {
          decision: 'reject',
          reason: request.body.reason,
          note: request.body.note,
          leadId: request.params.id,
          userId: principal.userId,
          actor: principal.actor,
        });
      },
    );

    app.post(
      '/api/v1/leads/:id/assign',
      {
        config: { permission: 'leads:assign' },
        schema: {
          tags: ['relay'],
          summary: 'Hand a lead to another rep (or back to the routing rules)',
          description:
            'With `userId` the lead goes to that user; with `{}` the routing rules choose again. The previous owner’s clocks and tasks stop and new ones start now.',
          params: idParamsSchema,
          body: z.object({ userId: z.string().min(1).max(64).optional() }),
          response: { 200: z.object({ lead: leadSchema, assignment: assignmentSchema }), ...LEAD_ERRORS },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const lead = await leadOrThrow(request.params.id);
        const { userId } = request.body;
        if (userId !== undefined && !(await system.stores.access.userById(userId))?.isActive) {
          throw new AppError('user_not_found', `No active user with id ${userId}.`);
        }
        const playbook = await system.playbook();
        const now = system.clock.now();
        const result = await system.stores.transaction((stores) =>
          assignLead(stores, playbook, lead, {
            at: now,
            now,
            actor: principal.actor,
            ...(userId ? { userId } : {}),
          }),
        );
        const names = new Map((await system.stores.access.listUsers()).map((user) => [user.id, user.name]));
        return { lead: leadResponse(result.lead), assignment: assignmentResponse(result.assignment, names) };
      },
    );
  };
