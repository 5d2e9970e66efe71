import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../kernel/app-error.ts';
import { LOCAL_DATE_PATTERN, zonedToEpoch } from '../../kernel/zoned-time.ts';
import { parsePlaybook, validatePlaybook } from '../../playbook/parse-playbook.ts';
import { backtest } from '../../scoring/backtest.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';
import { submissionSchema } from './playbook.schemas.ts';

const localDate = z.string().regex(LOCAL_DATE_PATTERN, 'must be a date YYYY-MM-DD');

const figuresSchema = z.object({
  mqls: z.number().int(),
  byMonth: z.array(z.object({ month: z.string(), mqls: z.number().int() })),
  reachedSql: z.number().int(),
  reachedCustomer: z.number().int(),
  sqlRate: z.number().nullable(),
  customerRate: z.number().nullable(),
});

export const backtestRoute =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/v1/playbook/backtest',
      {
        config: { permission: 'playbook:read' },
        schema: {
          tags: ['playbook'],
          summary: 'Replay history under a proposed playbook, changing nothing',
          description:
            'How many leads would have become MQL in [from, to) (local dates, `to` exclusive) under the proposed playbook and under the one in force, by month, and how those leads really progressed (reached SQL, became customers).',
          body: submissionSchema.and(z.object({ from: localDate.optional(), to: localDate.optional() })),
          response: {
            200: z.object({
              from: z.string().nullable(),
              to: z.string().nullable(),
              leadsScanned: z.number().int(),
              proposed: figuresSchema,
              current: figuresSchema,
              recorded: z.object({ mqls: z.number().int() }),
              overlap: z.object({
                both: z.number().int(),
                onlyProposed: z.number().int(),
                onlyCurrent: z.number().int(),
              }),
            }),
            ...AUTHED_ERRORS,
          },
        },
      },
      async (request) => {
        const { source, playbook: document, from, to } = request.body;
        const checked = source !== undefined ? parsePlaybook(source) : validatePlaybook(document);
        if (!checked.ok) {
          throw new AppError('invalid_request', 'The proposed playbook is not valid.', {
            problems: checked.problems,
          });
        }
        const tz = system.config.timeZone;
        const current = await system.playbook();
        const report = await backtest(
          system.stores,
          { proposed: checked.playbook, current: current.playbook },
          {
            ...(from ? { from: zonedToEpoch(from, tz) } : {}),
            ...(to ? { to: zonedToEpoch(to, tz) } : {}),
            timeZone: tz,
          },
        );
        return { ...report, from: from ?? null, to: to ?? null };
      },
    );
  };
