import type { z } from 'zod';

export interface FieldProblem {
  path: string;
  message: string;
}

/** Renders a path like `events[3].lead.email` (the way people read JSON). */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(root)';
}

/** Each problem with the path of the bad field, so a person can fix the input. */
export const zodProblems = (error: z.ZodError, prefix = ''): FieldProblem[] =>
  error.issues.map((issue) => ({ path: formatPath(issue.path, prefix), message: issue.message }));

/** One line: `email: "x" is not a valid e-mail address; type: Invalid option …`. */
export const describeZodError = (error: z.ZodError, prefix = ''): string =>
  zodProblems(error, prefix)
    .map((problem) => `${problem.path}: ${problem.message}`)
    .join('; ');
