import { z } from 'zod';

/** The languages every human text of the playbook is written in (pt-BR first, the default). */
export const LANGS = ['pt-BR', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text both teams read, in both languages: `{ 'pt-BR': 'Lead qualificado…', en: 'Qualified lead…' }`. */
export const localizedTextSchema = (max = 2_000) =>
  z.strictObject({
    'pt-BR': z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`),
    en: z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`),
  });

export type LocalizedText = z.output<ReturnType<typeof localizedTextSchema>>;

/**
 * A rule label: one text for both languages (`Pricing page`) or one per language.
 * Short ids name rules in code and logs; labels are what people read.
 */
export const labelSchema = z
  .union([z.string().trim().min(1, 'must not be empty').max(200), localizedTextSchema(200)])
  .optional();

export type Label = z.output<typeof labelSchema>;

/**
 * The text of a label in one language, or null when there is none.
 *
 * @example labelIn({ 'pt-BR': 'Página de preços', en: 'Pricing page' }, 'en') // 'Pricing page'
 */
export function labelIn(label: Label, lang: Lang): string | null {
  if (label === undefined) {
    return null;
  }
  return typeof label === 'string' ? label : label[lang];
}
