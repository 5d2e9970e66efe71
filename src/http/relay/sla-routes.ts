import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { compareQueueItems } from '../../handoff/queue-order.ts';
import { trackCadence } from '../../handoff/track-cadence.ts';
import { whatsappLink } from '../../handoff/whatsapp-link.ts';
import { AppError } from '../../kernel/app-error.ts';
import { toIso } from '../../kernel/schema-helpers.ts';
import type { Lead } from '../../leads/lead.ts';
import { calendarOf } from '../../sla/calendar-of.ts';
import { attemptProgress } from '../../sla/clock-met-at.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS, idParamsSchema, isoSchema } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { leadResponse, leadSchema } from '../leads/lead.schemas.ts';
import { principalOf } from '../principal.ts';
import {
  assignmentResponse,
  assignmentSchema,
  clockResponse,
  clockSchema,
  type UserNames,
} from './relay.schemas.ts';

const taskSchema = z.object({
  step: z.number().int(),
  day: z.number().int(),
  channel: z.enum(['call', 'whatsapp', 'email']),
  label: z.object({ 'pt-BR': z.string(), en: z.string() }),
  dueAt: isoSchema,
  status: z.enum(['done', 'overdue', 'open']),
});

const slaSchema = z
  .object({
    clocks: z.array(clockSchema),
    attempts: z.object({ made: z.number().int(), needed: z.number().int() }),
    tasks: z.array(taskSchema),
    assignment: assignmentSchema
      .nullable()
      .meta({ description: 'The latest assignment: who, by which rule, who else was considered.' }),
    whatsappLink: z
      .string()
      .nullable()
      .meta({ description: 'Click-to-chat link (wa.me) when the lead has a phone.' }),
  })
  .meta({ id: 'LeadSla' });

const safeWhatsapp = (lead: Lead) => {
  try {
    return lead.phoneE164 ? whatsappLink(lead.phoneE164) : null;
  } catch {
    return null;
  }
};

/** The SLA of a lead and the rep's work list, in business time, as the UI shows them. */
export const slaRoutes =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    const userNames = async (): Promise<UserNames> =>
      new Map((await system.stores.access.listUsers()).map((user) => [user.id, user.name]));

    const slaOf = async (lead: Lead, now: number, names: UserNames) => {
      const playbook = await system.playbook();
      const calendar = calendarOf(playbook.playbook);
      const [clocks, activities, tasks, assignments] = await Promise.all([
        system.stores.clocks.forLead(lead.id),
        system.stores.handoff.activitiesOf(lead.id),
        system.stores.handoff.tasksOf(lead.id),
        system.stores.team.assignmentsOf(lead.id),
      ]);
      const current = clocks.filter((c) => c.startedAt === lead.assignedAt);
      const attemptsClock = current.find((c) => c.kind === 'attempts');
      const tracked = lead.assignedAt === null ? [] : trackCadence(tasks, activities, lead.assignedAt, now);
      const latest = assignments.at(-1);
      return {
        clocks: clocks.map((c) => clockResponse(c, calendar, now)),
        attempts: attemptProgress(playbook.playbook.sla, attemptsClock?.startedAt ?? lead.assignedAt ?? now, {
          activities,
          decidedAt: null,
        }),
        tasks: tracked.map((t) => ({
          step: t.step,
          day: t.day,
          channel: t.channel,
          label: t.label,
          dueAt: toIso(t.dueAt),
          status: t.status,
        })),
        assignment: latest ? assignmentResponse(latest, names) : null,
        whatsappLink: safeWhatsapp(lead),
      };
    };

    app.get(
      '/api/v1/leads/:id/sla',
      {
        config: { permission: 'leads:read' },
        schema: {
          tags: ['relay'],
          summary: 'The lead’s SLA clocks (business time), attempts, cadence tasks and assignment',
          params: idParamsSchema,
          response: { 200: slaSchema, ...AUTHED_ERRORS, 404: errorResponseSchema },
        },
      },
      async (request) => {
        const lead = await system.stores.leads.byId(request.params.id);
        if (!lead) {
          throw new AppError('lead_not_found', `No lead with id ${request.params.id}.`);
        }
        return slaOf(lead, system.clock.now(), await userNames());
      },
    );

    app.get(
      '/api/v1/me/queue',
      {
        config: { permission: 'leads:work' },
        schema: {
          tags: ['relay'],
          summary: 'My work list: my open MQLs, most urgent first',
          description:
            'Breached first (oldest breach first), then the soonest due clock or task, then the higher score. Needs a token tied to a user (`bastao token create --user EMAIL`).',
          response: {
            200: z.object({
              items: z.array(
                z.object({
                  lead: leadSchema,
                  sla: slaSchema,
                  urgency: z.object({ breachedAt: isoSchema.nullable(), dueAt: isoSchema.nullable() }),
                }),
              ),
            }),
            ...AUTHED_ERRORS,
          },
        },
      },
      async (request) => {
        const { userId } = principalOf(request);
        if (userId === null) {
          throw new AppError(
            'invalid_request',
            'This token is not tied to a user; create one with `bastao token create --user EMAIL`.',
          );
        }
        const now = system.clock.now();
        const [leads, names] = await Promise.all([
          system.stores.leads.list({ ownerId: userId, stage: 'mql', limit: 500 }),
          userNames(),
        ]);
        const rows = await Promise.all(
          leads.map(async (lead) => {
            const sla = await slaOf(lead, now, names);
            const open = sla.clocks.filter((c) => c.status !== 'met' && c.status !== 'stopped');
            const breached = open.flatMap((c) =>
              c.breachedAt
                ? [Date.parse(c.breachedAt)]
                : c.status === 'breached'
                  ? [Date.parse(c.dueAt)]
                  : [],
            );
            const dues = [
              ...open.map((c) => Date.parse(c.dueAt)),
              ...sla.tasks.filter((t) => t.status !== 'done').map((t) => Date.parse(t.dueAt)),
            ];
            const urgency = {
              leadId: lead.id,
              breachedAt: breached.length > 0 ? Math.min(...breached) : null,
              dueAt: dues.length > 0 ? Math.min(...dues) : null,
              score: (lead.score?.fit ?? 0) + (lead.score?.engagement ?? 0),
            };
            return { lead, sla, urgency };
          }),
        );
        rows.sort((a, b) => compareQueueItems(a.urgency, b.urgency));
        return {
          items: rows.map(({ lead, sla, urgency }) => ({
            lead: leadResponse(lead),
            sla,
            urgency: {
              breachedAt: urgency.breachedAt === null ? null : toIso(urgency.breachedAt),
              dueAt: urgency.dueAt === null ? null : toIso(urgency.dueAt),
            },
          })),
        };
      },
    );
  };
