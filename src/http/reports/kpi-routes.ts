import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../kernel/app-error.ts';
import { KPI_GLOSSARY } from '../../kpi/glossary.ts';
import { KPI_RULES, REPORT_RULES } from '../../kpi/glossary-rules.ts';
import { kpiAnswer, kpiSettings, parseKpiQuery } from '../../kpi/kpi-query.ts';
import { loadKpis } from '../../kpi/load-kpis.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';
import { glossarySchema, kpiAnswerSchema, kpiQuerySchema } from './reports.schemas.ts';

/** The shared KPIs of a period, and the glossary that defines them. */
export const kpiRoutes =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/kpis',
      {
        config: { permission: 'reports:read' },
        schema: {
          tags: ['reports'],
          summary: 'The funnel’s KPIs for a period, in total and by channel, campaign, owner or month',
          description:
            'Dates are local dates in the workspace time zone; `from` inclusive, `to` exclusive. Rates are fractions 0–1, null when undefined; money is in `currency` units. Definitions: `GET /api/v1/kpis/glossary`.',
          querystring: kpiQuerySchema,
          response: { 200: kpiAnswerSchema, ...AUTHED_ERRORS },
        },
      },
      async (request) => {
        const timeZone = system.config.timeZone;
        const parsed = parseKpiQuery(request.query, timeZone, system.clock.now());
        if (!parsed.ok) {
          throw new AppError('invalid_request', parsed.message);
        }
        const playbook = (await system.playbook()).playbook;
        const report = await loadKpis(system.stores.kpis, kpiSettings(parsed.query, playbook, timeZone));
        return kpiAnswer(parsed.query, report, timeZone);
      },
    );

    app.get(
      '/api/v1/kpis/glossary',
      {
        config: { permission: 'reports:read' },
        schema: {
          tags: ['reports'],
          summary: 'Each KPI’s label and definition in pt-BR and English, and the rules they all follow',
          response: { 200: glossarySchema, ...AUTHED_ERRORS },
        },
      },
      async () => ({ rules: [...KPI_RULES], metrics: [...KPI_GLOSSARY], reports: [...REPORT_RULES] }),
    );
  };
