import { z } from 'zod';
import { leadInputSchema } from '../leads/lead-input.ts';
import { PAGE_EVENT_TYPES } from './visitor.ts';

/** One `POST /t/collect` body is at most this many bytes (413 beyond). */
export const MAX_COLLECT_BYTES = 64 * 1024;
/** At most this many events per batch; the snippet sends far fewer. */
export const MAX_COLLECT_EVENTS = 50;
/** How far back the snippet may date an event relative to sending it (ms); older ones are dated this old. */
export const MAX_EVENT_DELAY_MS = 60 * 60 * 1000;

/** Anonymous ids the snippet makes: 16–64 URL-safe characters. */
export const visitorIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be 16–64 letters, digits, "-" or "_"');

const httpUrl = z
  .string()
  .max(2000, 'must be at most 2000 characters')
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) URL');

const scalar = z.union([z.string().max(200), z.number(), z.boolean(), z.null()]);

export const pageEventSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'must be 6–64 letters, digits, "-" or "_"'),
  type: z.enum(PAGE_EVENT_TYPES),
  /** The browser's clock when it happened (epoch ms); only its distance to `sentAt` is used. */
  at: z.number().int().nonnegative(),
  url: httpUrl,
  title: z.string().max(500).optional(),
  referrer: z.union([httpUrl, z.literal('')]).optional(),
  /** `custom` events: what happened, e.g. `video_play`. */
  name: z.string().min(1).max(100).optional(),
  props: z
    .record(z.string().min(1).max(100), scalar)
    .refine((value) => Object.keys(value).length <= 20, 'at most 20 props')
    .optional(),
});

/** What the page says about the person: a lead upsert, its source taken from the visit. */
export const identifySchema = leadInputSchema.omit({ source: true });

export const collectBodySchema = z
  .object({
    visitorId: visitorIdSchema,
    /** The browser's clock when it sent the batch (epoch ms). */
    sentAt: z.number().int().nonnegative(),
    events: z
      .array(pageEventSchema)
      .max(MAX_COLLECT_EVENTS, `at most ${MAX_COLLECT_EVENTS} events per batch`),
    identify: identifySchema.optional(),
  })
  .refine((body) => body.events.length > 0 || body.identify !== undefined, {
    message: 'send at least one event or an identify',
    path: ['events'],
  });

export type CollectBody = z.output<typeof collectBodySchema>;
export type PageEvent = z.output<typeof pageEventSchema>;

/**
 * When an event happened on the server's clock: `now` less how long the browser held it
 * before sending, so a browser whose clock is wrong by hours still dates it right.
 */
export const occurredAtOf = (event: Pick<PageEvent, 'at'>, sentAt: number, now: number): number =>
  now - Math.min(Math.max(sentAt - event.at, 0), MAX_EVENT_DELAY_MS);

/** An event's props as stored: the page, its UTM parameters, and what the page added. */
export function propsOf(event: PageEvent, utm: Record<string, string>): Record<string, unknown> {
  return {
    ...(event.props ?? {}),
    ...(event.name === undefined ? {} : { name: event.name }),
    url: event.url,
    ...(event.title ? { title: event.title } : {}),
    ...(event.referrer ? { referrer: event.referrer } : {}),
    ...(Object.keys(utm).length > 0 ? { utm } : {}),
  };
}
