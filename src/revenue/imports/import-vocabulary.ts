/** What an import accepts, as plain lists the web app's import page imports too. */

/** `bastao import <format>` and `POST /api/v1/imports?format=`. */
export const IMPORT_FORMATS = ['olist', 'rdstation', 'hubspot', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const CSV_TYPES = ['leads', 'deals', 'costs'] as const;
export type CsvType = (typeof CSV_TYPES)[number];

export const CSV_FIELDS: Record<CsvType, readonly string[]> = {
  leads: [
    'externalId',
    'email',
    'name',
    'phone',
    'jobTitle',
    'company',
    'companyDomain',
    'segment',
    'employees',
    'state',
    'country',
    'channel',
    'campaign',
    'medium',
    'content',
    'term',
    'landingPage',
    'referrer',
    'createdAt',
    'stage',
    'stageAt',
    'owner',
  ],
  deals: [
    'externalId',
    'email',
    'leadId',
    'name',
    'amount',
    'currency',
    'status',
    'createdAt',
    'closedAt',
    'lostReason',
    'owner',
  ],
  costs: ['month', 'channel', 'campaign', 'amount', 'currency'],
};
