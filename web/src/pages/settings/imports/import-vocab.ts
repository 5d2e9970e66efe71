/** What the import routes accept (src/revenue/imports): formats, csv types and fields. */
export const IMPORT_FORMATS = ['olist', 'rdstation', 'hubspot', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const CSV_TYPES = ['leads', 'deals', 'costs'] as const;
export type CsvType = (typeof CSV_TYPES)[number];

/** The fields a generic CSV column can go to (src/revenue/imports/csv/column-map.ts). */
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
