import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zonedToEpoch } from '../../kernel/zoned-time.ts';
import { calendarOf } from '../../sla/calendar-of.ts';
import { evaluateMarketingSla, monthSpan } from '../../sla/marketing-sla.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Marketing's side of the SLA: MQLs delivered against the commitment, and sales' acceptance rate. */
export const marketingSlaRoute =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/sla/marketing',
      {
        config: { permission: 'leads:read' },
        schema: {
          tags: ['relay'],
          summary: 'Marketing’s SLA for a month: MQLs delivered vs committed, acceptance rate vs minimum',
          querystring: z.object({
            month: z
              .string()
              .regex(MONTH, 'must be a month YYYY-MM')
              .optional()
              .meta({ description: 'Default: the current month.' }),
          }),
          response: {
            200: z.object({
              month: z.string(),
              mqls: z.object({
                delivered: z.number().int(),
                target: z.number().nullable(),
                expectedByNow: z
                  .number()
                  .nullable()
                  .meta({ description: 'The target prorated by business time elapsed.' }),
                isMet: z.boolean().nullable(),
              }),
              acceptance: z.object({
                rate: z.number().nullable(),
                target: z.number().nullable(),
                isMet: z.boolean().nullable(),
              }),
            }),
            ...AUTHED_ERRORS,
          },
        },
      },
      async (request) => {
        const playbook = await system.playbook();
        const calendar = calendarOf(playbook.playbook);
        const now = system.clock.now();
        const month = request.query.month;
        const span = monthSpan(
          calendar.timeZone,
          month ? zonedToEpoch(`${month}-15`, calendar.timeZone) : now,
        );
        // Judged as of now within the month: a past month at its end, a future one at its start.
        const at = Math.min(Math.max(now, span.from), span.to - 1);
        const [mqls, decisions] = await Promise.all([
          system.stores.transitions.countEntered('mql', span.from, span.to),
          system.stores.handoff.countDecisions(span.from, span.to),
        ]);
        return evaluateMarketingSla(playbook.playbook.sla.marketing, calendar, { mqls, ...decisions }, at);
      },
    );
  };
