import type { z } from 'zod';
import { formatPath } from '../kernel/describe-zod-error.ts';

/**
 * Reports every id used a second time, at the path of the repeat, naming the first use.
 *
 * @example checkUniqueIds([{ id: 'a', path: ['fit', 'rules', 0, 'id'] }, { id: 'a', path: [...] }], 'rule id', ctx)
 */
export function checkUniqueIds(
  entries: readonly { id: string; path: (string | number)[] }[],
  what: string,
  ctx: z.RefinementCtx,
): void {
  const firstUse = new Map<string, (string | number)[]>();
  for (const { id, path } of entries) {
    const first = firstUse.get(id);
    if (first) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `duplicate ${what} "${id}": already used at ${formatPath(first.slice(0, -1))}`,
      });
    } else {
      firstUse.set(id, path);
    }
  }
}
