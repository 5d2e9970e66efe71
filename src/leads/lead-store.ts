import type { Cursor } from '../kernel/cursor.ts';
import type { Company, Lead, Stage } from './lead.ts';

export interface LeadQuery {
  email?: string;
  stage?: Stage;
  ownerId?: string;
  channel?: string;
  createdFrom?: number;
  createdTo?: number;
  /** Free text over name, e-mail and company name; accents and case are ignored. */
  text?: string;
  after?: Cursor;
  limit: number;
}

/** What the leads capability needs from the database. */
export interface LeadStore {
  /** A live lead by id, or the survivor when the id was merged away. */
  byId(id: string): Promise<Lead | undefined>;
  /** A live lead by primary e-mail or by an address it absorbed in a merge. */
  byEmail(email: string): Promise<Lead | undefined>;
  /** As `byEmail`, many at once: keyed by the e-mail asked for. */
  byEmails(emails: readonly string[]): Promise<Map<string, Lead>>;
  /** Inserts a new lead; false when another lead already holds its e-mail (a race lost). */
  insert(lead: Lead): Promise<boolean>;
  update(lead: Lead): Promise<void>;
  /** Newest first, `limit + 1` rows so the caller knows whether a next page exists. */
  list(query: LeadQuery): Promise<Lead[]>;
  /** Live leads by id order after `afterId`: a full scan in pages (backtests, rescoring). */
  scan(afterId: string | null, limit: number, options?: { staleForPlaybook?: number }): Promise<Lead[]>;
  /** How many live leads were not scored under this playbook version. */
  countStale(playbookVersion: number): Promise<number>;
  /** Retires `mergedId` into `survivorId`: its e-mail becomes an alias, its id redirects. */
  retire(merge: {
    mergedId: string;
    survivorId: string;
    snapshot: Lead;
    actor: string;
    at: number;
  }): Promise<void>;
}

export interface CompanyStore {
  byId(id: string): Promise<Company | undefined>;
  byDomain(domain: string): Promise<Company | undefined>;
  byIds(ids: readonly string[]): Promise<Map<string, Company>>;
  /** Inserts; false when another company already holds the domain (a race lost). */
  insert(company: Company): Promise<boolean>;
  update(company: Company): Promise<void>;
}

/** Stores that hold rows keyed by lead and move them on a merge. */
export interface LeadOwnedRows {
  reassignLead(fromLeadId: string, toLeadId: string): Promise<number>;
}
