/*
 * The playbook's vocabulary, from the server's own plain lists (no zod in them, so the
 * bundle takes only the arrays).
 */

export { EVENT_TYPES } from '../../../../../src/events/event.ts';
export { ACTIVITY_CHANNELS, CADENCE_CHANNELS } from '../../../../../src/handoff/activity.ts';
export { GRADES, STAGES } from '../../../../../src/leads/lead.ts';
export {
  FIT_FIELDS,
  OPERATORS,
  type Operator,
  REJECTION_TARGETS,
} from '../../../../../src/playbook/vocabulary.ts';
export { WEEK_FROM_MONDAY as WEEKDAYS } from '../../../../../src/sla/local-date.ts';
export { CLOCK_KINDS, HOLIDAY_TYPES } from '../../../../../src/sla/sla-vocabulary.ts';
/** Decay modes of engagement points (the union in src/playbook/engagement-schema.ts). */
export const DECAY_MODES = ['none', 'half_life', 'expire'] as const;

/** Options of a select from a list and its labels: "Cargo (jobTitle)". */
export const optionsOf = (values: readonly string[], labels: Record<string, string>, withCode = false) =>
  values.map((value) => ({
    value,
    label: withCode ? `${labels[value] ?? value} (${value})` : (labels[value] ?? value),
  }));
