import type { LifecycleHooks } from '../../lifecycle/lifecycle-hooks.ts';
import type { PlaybookVersion } from '../../playbook/playbook-store.ts';
import type { DealDraft } from '../deal-draft.ts';
import type { ImportedLead } from './imported-lead.ts';

/** One row of an export, parsed: a person, maybe a deal of theirs, and caveats found on the way. */
export interface ImportRecord {
  row: number;
  lead: ImportedLead;
  deal?: DealDraft;
  warnings?: string[];
}

/** What every import shares: history is recorded with `live: false` (no routing, clocks or notifications). */
export interface ImportContext<S> {
  playbook: PlaybookVersion;
  hooks: Pick<LifecycleHooks<S>, 'run'>;
  /** `import:olist`, `import:hubspot`, … on every transition. */
  actor: string;
  /** The Bastão user an owner in the file names (e-mail or name), from users loaded once. */
  ownerIdFor: (owner: string) => string | null;
  timeZone: string;
  now: number;
}
