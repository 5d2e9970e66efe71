/** The lifecycle stages, in the common dictionary both teams signed (DESIGN.md). */
export const STAGES = ['lead', 'mql', 'sql', 'opportunity', 'customer', 'nurture', 'disqualified'] as const;
export type Stage = (typeof STAGES)[number];

/** Where a lead came from: one touch (first touch is kept, last touch follows the newest). */
export interface Touch {
  channel: string | null;
  campaign: string | null;
  medium: string | null;
  content: string | null;
  term: string | null;
  landingPage: string | null;
  referrer: string | null;
  at: number;
}

/** LGPD consent: the legal basis and when it was given (epoch ms). */
export interface Consent {
  basis: string;
  givenAt: number;
}

export type CustomFields = Record<string, unknown>;

export const GRADES = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADES)[number];

/** The lead's score as last computed (on its last event or the last rescore). */
export interface LeadScore {
  fit: number;
  grade: Grade;
  engagement: number;
  playbookVersion: number;
  scoredAt: number;
}

/** A person. One e-mail address is one lead. Times are epoch milliseconds. */
export interface Lead {
  id: string;
  email: string | null;
  name: string | null;
  phone: string | null;
  /** The phone in E.164 (`+5511987654321`) when it could be parsed, Brazil by default. */
  phoneE164: string | null;
  jobTitle: string | null;
  companyId: string | null;
  /** The company name as the lead gave it, kept even when no company could be matched. */
  companyName: string | null;
  stage: Stage;
  /** When the lead entered its current stage (epoch ms): cool-offs and hand-raises count from here. */
  stageEnteredAt: number;
  score: LeadScore | null;
  ownerId: string | null;
  /** The queue an MQL waits in when routing found nobody (null when owned or not routed). */
  queue: string | null;
  /** When the current owner (or queue) got the lead. */
  assignedAt: number | null;
  firstTouch: Touch | null;
  lastTouch: Touch | null;
  consent: Consent | null;
  fields: CustomFields;
  createdAt: number;
  updatedAt: number;
}

/** An account. Matched by its web domain; a company without a domain is never deduped. */
export interface Company {
  id: string;
  domain: string | null;
  name: string | null;
  segment: string | null;
  size: string | null;
  employees: number | null;
  region: string | null;
  state: string | null;
  country: string | null;
  ownerId: string | null;
  fields: CustomFields;
  createdAt: number;
  updatedAt: number;
}
