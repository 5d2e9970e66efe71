import { readFileSync } from 'node:fs';
import { parsePlaybook } from './parse-playbook.ts';
import type { Playbook } from './playbook-schema.ts';

/** The shipped default playbook as written (commented YAML), applied on first start. */
export const DEFAULT_PLAYBOOK_SOURCE: string = readFileSync(
  new URL('./default-playbook.yaml', import.meta.url),
  'utf8',
);

/**
 * The default playbook, parsed: a fresh object on every call, so a caller may change it.
 *
 * @example defaultPlaybook().mql.anyOf.map((c) => c.id) // ['perfil-e-engajamento', 'mao-levantada']
 */
export function defaultPlaybook(): Playbook {
  const result = parsePlaybook(DEFAULT_PLAYBOOK_SOURCE);
  if (!result.ok) {
    // Shipped with the code and tested: reaching this is a packaging error.
    const problems = result.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new Error(`the default playbook is invalid: ${problems}`);
  }
  return result.playbook;
}
