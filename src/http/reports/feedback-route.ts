import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../kernel/app-error.ts';
import { parseKpiQuery } from '../../kpi/kpi-query.ts';
import { loadFeedback } from '../../kpi/load-feedback.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';
import { feedbackSchema, kpiQuerySchema } from './reports.schemas.ts';

/** What sales tells marketing: rejection reasons, acceptance, conversion by score, objections. */
export const feedbackRoute =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/reports/feedback',
      {
        config: { permission: 'reports:read' },
        schema: {
          tags: ['reports'],
          summary:
            'Feedback to marketing: rejection reasons by channel and campaign, acceptance, conversion by fit',
          description:
            'Decisions and objections made in the period; conversion of the period’s MQL cohort (first MQL in the period) by current fit grade and by fit band of 20 points, reached by `asOf` (default now).',
          querystring: kpiQuerySchema.omit({ by: true }),
          response: { 200: feedbackSchema, ...AUTHED_ERRORS },
        },
      },
      async (request) => {
        const parsed = parseKpiQuery(request.query, system.config.timeZone, system.clock.now());
        if (!parsed.ok) {
          throw new AppError('invalid_request', parsed.message);
        }
        const { period, asOf } = parsed.query;
        const playbook = (await system.playbook()).playbook;
        const report = await loadFeedback(system.stores.kpis, {
          period,
          asOf,
          reasons: playbook.rejectionReasons,
        });
        return { from: period.fromDate, to: period.toDate, asOf: new Date(asOf).toISOString(), ...report };
      },
    );
  };
