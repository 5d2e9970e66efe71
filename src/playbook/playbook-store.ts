import type { Playbook } from './playbook-schema.ts';

/** One applied version of the playbook: who applied it, when and why. */
export interface PlaybookVersion {
  version: number;
  playbook: Playbook;
  /** The text as submitted (YAML or JSON), comments and all. */
  source: string;
  createdAt: number;
  createdBy: string;
  note: string | null;
}

export type PlaybookVersionSummary = Omit<PlaybookVersion, 'playbook' | 'source'>;

export interface PlaybookStore {
  /** The version in force: the newest. */
  current(): Promise<PlaybookVersion | undefined>;
  /** Only the newest version number: a cheap check before trusting a cache. */
  currentVersion(): Promise<number | undefined>;
  byVersion(version: number): Promise<PlaybookVersion | undefined>;
  list(): Promise<PlaybookVersionSummary[]>;
  /** Inserts the next version; false when another apply took that number first. */
  insert(version: PlaybookVersion): Promise<boolean>;
}

/** The version facts the rendered agreement prints in its header. */
export const versionInfo = (v: PlaybookVersion) => ({
  number: v.version,
  createdAt: v.createdAt,
  createdBy: v.createdBy,
  note: v.note,
});
