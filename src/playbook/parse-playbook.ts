import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type FieldProblem, formatPath } from '../kernel/describe-zod-error.ts';
import { type Playbook, playbookSchema } from './playbook-schema.ts';

/** A problem with the path of the bad field and, for YAML/JSON text, where it is (1-based). */
export interface PlaybookProblem extends FieldProblem {
  line?: number;
  column?: number;
}

export type PlaybookResult = { ok: true; playbook: Playbook } | { ok: false; problems: PlaybookProblem[] };

/** A playbook is a few pages of text; anything far larger is a mistake (characters). */
export const MAX_PLAYBOOK_CHARS = 262_144;

/**
 * Reads a playbook from YAML or JSON text (JSON is YAML) and validates it. Never throws:
 * syntax errors come back with their line and column, schema problems with the path of
 * the bad field (`fit.rules[1].operator`) and its line.
 *
 * @example
 * const result = parsePlaybook(readFileSync('playbook.yaml', 'utf8'));
 * if (!result.ok) for (const p of result.problems) console.error(`${p.path}: ${p.message}`);
 */
export function parsePlaybook(source: string): PlaybookResult {
  if (source.length > MAX_PLAYBOOK_CHARS) {
    return fail('(root)', `the playbook must be at most ${MAX_PLAYBOOK_CHARS} characters`);
  }
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  let value: unknown;
  try {
    // uniqueKeys: a key written twice is an error, not a silent overwrite.
    document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const syntax = document.errors.map((error) => {
      const at = lineCounter.linePos(error.pos[0]);
      const where = at ? `line ${at.line}, column ${at.col}: ` : '';
      return { path: '(root)', message: `YAML syntax error at ${where}${error.message}`, ...position(at) };
    });
    if (syntax.length > 0) {
      return { ok: false, problems: syntax };
    }
    // Caps alias expansion ("billion laughs"): a playbook has no reason to repeat much.
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return fail(
      '(root)',
      `cannot read the playbook: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const result = validateWithPaths(value);
  if (result.ok) {
    return result;
  }
  return {
    ok: false,
    problems: result.problems.map((problem, i) => ({
      ...problem,
      ...position(lineOf(document, lineCounter, result.issuePaths[i] ?? [])),
    })),
  };
}

/**
 * Validates an already parsed playbook (the JSON body of an HTTP PUT). Never throws.
 *
 * @example validatePlaybook(JSON.parse(body)) // { ok: false, problems: [{ path: 'fit.grades.C', … }] }
 */
export function validatePlaybook(value: unknown): PlaybookResult {
  const result = validateWithPaths(value);
  return result.ok ? result : { ok: false, problems: result.problems };
}

function validateWithPaths(
  value: unknown,
):
  | { ok: true; playbook: Playbook }
  | { ok: false; problems: PlaybookProblem[]; issuePaths: PropertyKey[][] } {
  if (value === null || value === undefined) {
    return { ok: false, problems: [{ path: '(root)', message: 'the playbook is empty' }], issuePaths: [[]] };
  }
  const parsed = playbookSchema.safeParse(value, { error: friendlyMessage });
  if (parsed.success) {
    return { ok: true, playbook: parsed.data };
  }
  const issues = parsed.error.issues;
  return {
    ok: false,
    problems: issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    issuePaths: issues.map((issue) => [...issue.path]),
  };
}

/** Zod's default words, made plainer for people editing YAML by hand. */
function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return 'is required';
  }
  return undefined;
}

/** The line of the deepest node of `path` that exists in the document. */
function lineOf(document: Document.Parsed, lines: LineCounter, path: PropertyKey[]) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) {
      return lines.linePos(node.range[0]);
    }
  }
  return undefined;
}

const position = (at: { line: number; col: number } | undefined) =>
  at ? { line: at.line, column: at.col } : {};

const fail = (path: string, message: string): PlaybookResult => ({
  ok: false,
  problems: [{ path, message }],
});
