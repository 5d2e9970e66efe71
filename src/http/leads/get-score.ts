import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../kernel/app-error.ts';
import { toIso } from '../../kernel/schema-helpers.ts';
import { LOCAL_DATE_PATTERN, zonedToEpoch } from '../../kernel/zoned-time.ts';
import { GRADES } from '../../leads/lead.ts';
import { lastMoveAt } from '../../lifecycle/evaluate-lead.ts';
import { scoreLead } from '../../scoring/score-lead.ts';
import type { System } from '../../system.ts';
import { AUTHED_ERRORS, idParamsSchema, isoSchema } from '../common.schemas.ts';
import { errorResponseSchema } from '../error-handler.ts';
import { explainScore, explanationExtrasSchema } from './score-explanation.ts';

const DAY_MS = 86_400_000;

const scoreSchema = z
  .object({
    asOf: isoSchema,
    playbookVersion: z.number().int(),
    fit: z.number(),
    grade: z.enum(GRADES),
    engagement: z.number(),
    mqlRule: z.object({
      passed: z.boolean(),
      why: z.string().meta({ description: 'In words: which condition passed, or what is missing.' }),
      condition: z.string().nullable(),
      conditions: explanationExtrasSchema.conditions,
    }),
    contributions: z.array(
      z.object({
        rule: z.string(),
        kind: z.enum(['fit', 'engagement', 'cap']),
        points: z.number().meta({ description: 'Points the rule gives (before decay).' }),
        decayedPoints: z
          .number()
          .meta({ description: 'What they are worth at `asOf`; these add up to fit and engagement.' }),
        eventId: z.string().optional(),
        note: z.string().optional(),
        ...explanationExtrasSchema.contribution,
      }),
    ),
  })
  .meta({ id: 'ScoreExplanation' });

export const getScore =
  (system: System): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/leads/:id/score',
      {
        config: { permission: 'leads:read' },
        schema: {
          tags: ['scoring'],
          summary: 'The lead’s score, explained',
          description:
            'Fit (grade A–D) and engagement under the playbook in force, with every rule that fired, its points and their decayed value, and the MQL rule in words. `asOf` replays the score at a past moment (events after it are ignored).',
          params: idParamsSchema,
          querystring: z.object({
            asOf: z
              .string()
              .refine(
                (v) => LOCAL_DATE_PATTERN.test(v) || !Number.isNaN(Date.parse(v)),
                'must be YYYY-MM-DD or an ISO 8601 date-time',
              )
              .optional()
              .meta({
                description: 'ISO 8601 date-time, or YYYY-MM-DD for the end of that local day. Default: now.',
              }),
          }),
          response: { 200: scoreSchema, ...AUTHED_ERRORS, 404: errorResponseSchema },
        },
      },
      async (request) => {
        const lead = await system.stores.leads.byId(request.params.id);
        if (!lead) {
          throw new AppError('lead_not_found', `No lead with id ${request.params.id}.`);
        }
        const raw = request.query.asOf;
        const asOf =
          raw === undefined
            ? system.clock.now()
            : LOCAL_DATE_PATTERN.test(raw)
              ? zonedToEpoch(raw, system.config.timeZone) + DAY_MS - 1
              : Date.parse(raw);
        const [playbook, events, company] = await Promise.all([
          system.playbook(),
          system.stores.events.forLead(lead.id, asOf),
          lead.companyId ? system.stores.companies.byId(lead.companyId) : Promise.resolve(undefined),
        ]);
        // Asked about a moment before the last stage change: hand-raises from then count.
        const since = lastMoveAt(lead);
        const handRaiseSince = since !== undefined && since <= asOf ? since : undefined;
        const score = scoreLead(playbook.playbook, { lead, company: company ?? null }, events, asOf, {
          ...(handRaiseSince === undefined ? {} : { handRaiseSince }),
        });
        const explained = explainScore(playbook.playbook, score, events, asOf, handRaiseSince);
        return {
          asOf: toIso(asOf),
          playbookVersion: playbook.version,
          ...score,
          mqlRule: { ...score.mqlRule, conditions: explained.conditions },
          contributions: explained.contributions,
        };
      },
    );
  };
