import { z } from 'zod';
import { text } from '../kernel/schema-helpers.ts';
import { normalizeOrigin } from './site.ts';

export const originSchema = z
  .string()
  .max(300)
  .transform((value, ctx) => {
    const origin = normalizeOrigin(value);
    if (origin === null) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value.slice(0, 80)}" is not an origin such as https://www.acme.com.br`,
      });
      return z.NEVER;
    }
    return origin;
  })
  .meta({ example: 'https://www.acme.com.br' });

export const siteInputSchema = z.object({
  name: text(200).pipe(z.string().min(1, 'must not be empty')),
  allowedOrigins: z.array(originSchema).min(1, 'list at least one origin the snippet runs on').max(50).meta({
    description:
      'Origins (scheme, host and port) whose pages may send tracking: `https://www.acme.com.br`, `https://lp.acme.com.br`. A path is ignored.',
  }),
});

export const siteUpdateSchema = siteInputSchema.partial();

export type SiteInput = z.output<typeof siteInputSchema>;
export type SiteUpdate = z.output<typeof siteUpdateSchema>;
