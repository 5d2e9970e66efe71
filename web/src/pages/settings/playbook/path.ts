import type { Path } from './yaml-edit.ts';

/**
 * A path as the server writes it in validation problems (`fit.rules[3].operator`,
 * src/kernel/describe-zod-error.ts), so a form field finds its own message.
 */
export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  }
  return out || '(root)';
}

/** True when `inner` is `outer` or lies inside it. */
export const isWithin = (inner: string, outer: string): boolean =>
  inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);

/** The value at `path` of the parsed draft, or undefined. */
export function getAt(value: unknown, path: Path): unknown {
  let at: unknown = value;
  for (const key of path) {
    if (at === null || typeof at !== 'object') {
      return undefined;
    }
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** The section (editor tab) a path belongs to. */
export function sectionOf(path: string): SectionId {
  const top = path.split(/[.[]/)[0] ?? '';
  return SECTION_OF_KEY[top] ?? 'source';
}

export const SECTIONS = [
  'stages',
  'fit',
  'engagement',
  'mql',
  'rejection',
  'routing',
  'sla',
  'cadence',
  'source',
] as const;
export type SectionId = (typeof SECTIONS)[number];

const SECTION_OF_KEY: Record<string, SectionId> = {
  name: 'stages',
  description: 'stages',
  stages: 'stages',
  icp: 'stages',
  fit: 'fit',
  engagement: 'engagement',
  mql: 'mql',
  lifecycle: 'mql',
  rejectionReasons: 'rejection',
  routing: 'routing',
  sla: 'sla',
  calendar: 'sla',
  cadence: 'cadence',
};
