import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../kernel/app-error.ts';
import { hasOlistFiles } from './olist-history.ts';

/** The shared data sets sit beside the repository (`../shared/datasets`); they are never copied into it. */
const BESIDE_REPOSITORY = fileURLToPath(new URL('../../../shared/datasets/', import.meta.url));

/**
 * The folder holding the Olist funnel files (`olist-funnel/` of a data sets folder), or
 * null when there is none: `BASTAO_DATASETS_DIR` when set (then it must hold them),
 * else `../shared/datasets` beside the repository or the working directory.
 *
 * @example findOlistDir({ BASTAO_DATASETS_DIR: '/data/sets' }, process.cwd()) // '/data/sets/olist-funnel'
 */
export function findOlistDir(env: NodeJS.ProcessEnv, cwd: string): string | null {
  const given = env.BASTAO_DATASETS_DIR?.trim();
  if (given) {
    const dir = join(resolve(cwd, given), 'olist-funnel');
    if (!hasOlistFiles(dir)) {
      throw new AppError(
        'invalid_request',
        `BASTAO_DATASETS_DIR: ${dir} does not hold the Olist funnel files; unset it (or use --no-olist) to generate the history instead.`,
      );
    }
    return dir;
  }
  const candidates = [
    join(BESIDE_REPOSITORY, 'olist-funnel'),
    resolve(cwd, '../shared/datasets/olist-funnel'),
  ];
  return candidates.find(hasOlistFiles) ?? null;
}
