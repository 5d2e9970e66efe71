/** The SLA's words that the web app's editor offers too: plain lists, importable by the browser. */

/** The clocks an MQL's owner runs against. */
export const CLOCK_KINDS = ['first_touch', 'attempts', 'decision'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

/** Holiday types of `date-holidays` a calendar may close on. */
export const HOLIDAY_TYPES = ['public', 'bank', 'optional'] as const;
