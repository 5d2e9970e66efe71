import type { LeadOwnedRows } from '../leads/lead-store.ts';
import type { CaptureForm } from './form.ts';
import type { Site } from './site.ts';
import type { Visitor, VisitorEvent } from './visitor.ts';

export interface SiteStore {
  insert(site: Site): Promise<void>;
  update(site: Site): Promise<void>;
  /** Removes the site with its visitors and their anonymous events; its forms stay, unlinked. */
  remove(id: string): Promise<boolean>;
  byId(id: string): Promise<Site | undefined>;
  byKey(publicKey: string): Promise<Site | undefined>;
  list(): Promise<Site[]>;
}

export interface FormStore {
  /** False when another form already has the key. */
  insert(form: CaptureForm): Promise<boolean>;
  /** False when another form already has the key. */
  update(form: CaptureForm): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  byId(id: string): Promise<CaptureForm | undefined>;
  byKey(key: string): Promise<CaptureForm | undefined>;
  list(): Promise<CaptureForm[]>;
  /**
   * Claims a submission fingerprint for `windowMs`: true the first time, false while an
   * earlier claim of it is younger than the window (a double submit). Fingerprints older
   * than the window are forgotten.
   */
  claimSubmission(claim: {
    fingerprint: string;
    formId: string;
    at: number;
    windowMs: number;
  }): Promise<boolean>;
}

export interface VisitorStore extends LeadOwnedRows {
  /**
   * The visitor, created on first sight, with `lastSeenAt` moved to `now`. Inside a write
   * transaction the row stays locked, so one visitor's requests run one after the other.
   */
  touch(siteId: string, id: string, now: number): Promise<Visitor>;
  save(visitor: Visitor): Promise<void>;
  /** Stores anonymous events; one whose client id was stored before is skipped. */
  addEvents(events: readonly VisitorEvent[]): Promise<number>;
  /** Removes and returns the visitor's anonymous events, oldest first. */
  takeEvents(siteId: string, visitorId: string): Promise<VisitorEvent[]>;
}

export interface InstanceSecretStore {
  /** The secret stored under `name`; the first caller stores `candidate` and every process reads the same. */
  ensure(name: string, candidate: string, now: number): Promise<string>;
}

/** The stores the capture use cases touch besides the lead pipeline's. */
export interface CaptureStores {
  sites: SiteStore;
  forms: FormStore;
  visitors: VisitorStore;
}
