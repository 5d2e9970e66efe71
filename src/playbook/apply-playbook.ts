import { stringify } from 'yaml';
import { AppError } from '../kernel/app-error.ts';
import { parsePlaybook, validatePlaybook } from './parse-playbook.ts';
import type { PlaybookStore, PlaybookVersion } from './playbook-store.ts';

export type PlaybookSubmission = { source: string } | { document: unknown };

/**
 * Validates a playbook and makes it the version in force (current + 1), recording who
 * applied it, when and why. An invalid document changes nothing and is refused with
 * every problem and the path of its field.
 *
 * @example await applyPlaybook(stores, { source: yamlText }, { actor: 'user:ana@acme.com', note: 'ICP v2' }, now);
 */
export async function applyPlaybook(
  stores: { playbooks: PlaybookStore },
  submission: PlaybookSubmission,
  meta: { actor: string; note: string | null },
  now: number,
): Promise<PlaybookVersion> {
  const checked =
    'source' in submission ? parsePlaybook(submission.source) : validatePlaybook(submission.document);
  if (!checked.ok) {
    const summary = checked.problems
      .slice(0, 5)
      .map((p) => `${p.path}: ${p.message}`)
      .join('; ');
    throw new AppError('invalid_request', `The playbook is not valid: ${summary}`, {
      problems: checked.problems,
    });
  }
  const latest = (await stores.playbooks.currentVersion()) ?? 0;
  const version: PlaybookVersion = {
    version: latest + 1,
    playbook: checked.playbook,
    source: 'source' in submission ? submission.source : stringify(submission.document),
    createdAt: now,
    createdBy: meta.actor,
    note: meta.note,
  };
  if (!(await stores.playbooks.insert(version))) {
    throw new AppError(
      'conflict',
      `Version ${version.version} was applied by someone else a moment ago; review it and apply again.`,
    );
  }
  return version;
}
