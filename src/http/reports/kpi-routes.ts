import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../kernel/app-error.ts';
import { KPI_GROUPINGS } from '../../kpi/compute-kpis.ts';
import { KPI_GLOSSARY } from '../../kpi/glossary.ts';
import { KPI_RULES, REPORT_RULES } from '../../kpi/glossary-rules.ts';
import { loadKpiLeads } from '../../kpi/kpi-leads.ts';
import { kpiAnswer, kpiSettings, parseKpiQuery } from '../../kpi/kpi-query.ts';
import { loadKpis } from '../../kpi/load-kpis.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS } from '../common.schemas.ts';
import {
  glossarySchema,
  kpiAnswerSchema,
  kpiLeadsQuerySchema,
  kpiLeadsSchema,
  kpiQuerySchema,
} from './reports.schemas.ts';

/** The shared KPIs of a period, the leads behind their counts, and the glossary that defines them. */
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
        const parsed = parseKpiQuery(request.query, timeZone, system.clock.now(), KPI_GROUPINGS);
        if (!parsed.ok) {
          throw new AppError('invalid_request', parsed.message);
        }
        const playbook = (await system.playbook()).playbook;
        const report = await loadKpis(system.stores.kpis, kpiSettings(parsed.query, playbook, timeZone));
        return kpiAnswer(parsed.query, report, timeZone);
      },
    );

    app.get(
      '/api/v1/kpis/leads',
      {
        config: { permission: 'reports:read' },
        schema: {
          tags: ['reports'],
          summary: 'The leads behind a count of the KPIs (drill-down), in total or in one group',
          description:
            'Lists the leads that `GET /api/v1/kpis` counts in `metric` for the same period (and, with `by`, in the group `key`): listing every page gives exactly that number. Leads come in a stable order, not by date; `at` says when each entered the metric.',
          querystring: kpiLeadsQuerySchema,
          response: { 200: kpiLeadsSchema, ...AUTHED_ERRORS },
        },
      },
      async (request) => {
        const { metric, key, cursor, limit, ...period } = request.query;
        const timeZone = system.config.timeZone;
        const parsed = parseKpiQuery(period, timeZone, system.clock.now(), KPI_GROUPINGS);
        if (!parsed.ok) {
          throw new AppError('invalid_request', parsed.message);
        }
        const { by } = parsed.query;
        if (by === undefined && key !== undefined) {
          throw new AppError('invalid_request', 'key needs by: the grouping the key belongs to.');
        }
        const page = await loadKpiLeads(system.stores.kpis, {
          period: parsed.query.period,
          metric,
          timeZone,
          by,
          key: key ?? null,
          cursor: cursor ?? null,
          limit,
        });
        if (!page.ok) {
          throw new AppError('invalid_request', page.message);
        }
        return {
          from: parsed.query.period.fromDate,
          to: parsed.query.period.toDate,
          metric,
          by: by ?? null,
          key: by === undefined ? null : (key ?? null),
          items: page.items.map((item) => ({ ...item, at: new Date(item.at).toISOString() })),
          nextCursor: page.next,
        };
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
