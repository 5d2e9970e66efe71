import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../kernel/app-error.ts';
import { reviewWeek } from '../../kpi/iso-week.ts';
import { renderWeeklyReview } from '../../kpi/render-weekly-review.ts';
import { loadWeeklyReview, weeklyReviewJson } from '../../kpi/weekly-review.ts';
import { LANGS } from '../../playbook/localized-text.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';
import { weeklyReviewSchema } from './reports.schemas.ts';

/** The weekly smarketing review: data (JSON), Markdown or a printable HTML page. */
export const weeklyRoute =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/reports/weekly',
      {
        config: { permission: 'reports:read' },
        schema: {
          tags: ['reports'],
          summary: 'The weekly review for the 30-minute smarketing meeting',
          description:
            'One ISO week in the workspace time zone (default: the last complete week): volumes against the MQL commitment, speed to lead and SLA by rep, acceptance and rejection reasons, conversion by channel, deals won, the three biggest changes against the previous four weeks, and SLA breaches still open at the week’s end.',
          querystring: z.object({
            week: z.string().max(10).optional().meta({ description: 'An ISO week, `YYYY-Www`.' }),
            format: z.enum(['json', 'md', 'html']).default('json'),
            lang: z.enum(LANGS).default('pt-BR'),
          }),
          response: { 200: z.union([weeklyReviewSchema, z.string()]), ...AUTHED_ERRORS },
        },
      },
      async (request, reply) => {
        const { format, lang } = request.query;
        const now = system.clock.now();
        const timeZone = system.config.timeZone;
        const week = reviewWeek(request.query.week, now, timeZone);
        if (!week.ok) {
          throw new AppError('invalid_request', week.message);
        }
        const playbook = (await system.playbook()).playbook;
        const review = await loadWeeklyReview(system.stores.kpis, {
          week: week.week,
          now,
          timeZone,
          playbook,
        });
        if (format === 'json') {
          return weeklyReviewJson(review);
        }
        return reply
          .type(format === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8')
          .send(renderWeeklyReview(review, { format, lang }));
      },
    );
  };
