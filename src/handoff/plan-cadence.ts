import type { LocalizedText } from '../playbook/localized-text.ts';
import type { BusinessCalendar } from '../sla/business-calendar.ts';
import { addDays } from '../sla/local-date.ts';
import type { Cadence, CadenceChannel, CadenceStep } from './cadence-schema.ts';

/** A task for the owner: one cadence step with its due time (epoch ms). */
export interface CadenceTask {
  /** Index of the step in `cadence.steps`. */
  step: number;
  day: number;
  channel: CadenceChannel;
  dueAt: number;
  label: LocalizedText;
}

const DEFAULT_LABELS: Record<CadenceChannel, LocalizedText> = {
  call: { 'pt-BR': 'Ligar', en: 'Call' },
  whatsapp: { 'pt-BR': 'Mandar WhatsApp', en: 'Send a WhatsApp message' },
  email: { 'pt-BR': 'Enviar e-mail', en: 'Send an e-mail' },
};

/** The first-touch window when the caller does not pass the SLA's (business minutes). */
export const DEFAULT_FIRST_TOUCH_MINUTES = 60;

/**
 * The cadence as tasks for the owner of a lead assigned at `assignedAt`. Day 0 steps
 * are due with the first touch (`firstTouchMinutes` of business time after assignment,
 * pass the SLA's). Day N steps are due at the close of the Nth working day after the
 * day of the first touch: a lead assigned on Friday at 17:50 has its first touch due on
 * Monday, so "day 1" is Tuesday, not Monday.
 *
 * @example
 * planCadence(cadenceSchema.parse({}), calendar, Date.parse('2026-03-10T10:00:00-03:00'))
 * // [{ step: 0, day: 0, channel: 'call', dueAt: Tue 11:00 }, …, { step: 2, day: 1, channel: 'email', dueAt: Wed 18:00 }, …]
 */
export function planCadence(
  cadence: Cadence,
  calendar: BusinessCalendar,
  assignedAt: number,
  options: { firstTouchMinutes?: number } = {},
): CadenceTask[] {
  const firstTouchDue = calendar.addBusinessMinutes(
    assignedAt,
    options.firstTouchMinutes ?? DEFAULT_FIRST_TOUCH_MINUTES,
  );
  // The first-touch day: 1 ms earlier, so a due time at closing (18:00) stays on its day.
  const firstDay = calendar.localDateOf(firstTouchDue - 1);
  return cadence.steps.map((step, index) => ({
    step: index,
    day: step.day,
    channel: step.channel,
    dueAt: step.day === 0 ? firstTouchDue : closeOfWorkingDay(calendar, firstDay, step.day),
    label: labelOf(step),
  }));
}

/** A cadence is at most 60 working days long; a year of dates always holds that many. */
const MAX_SCAN_DAYS = 366;

/** The close of the `n`th working day after a local date. */
function closeOfWorkingDay(calendar: BusinessCalendar, from: string, n: number): number {
  let date = from;
  for (let counted = 0, i = 0; i < MAX_SCAN_DAYS; i++) {
    date = addDays(date, 1);
    const close = calendar.workingIntervalsOn(date).at(-1)?.[1];
    counted += close === undefined ? 0 : 1;
    if (close !== undefined && counted === n) {
      return close;
    }
  }
  throw new Error(`no ${n} working days within ${MAX_SCAN_DAYS} days of ${from}`);
}

function labelOf(step: CadenceStep): LocalizedText {
  if (step.label === undefined) {
    return DEFAULT_LABELS[step.channel];
  }
  return typeof step.label === 'string' ? { 'pt-BR': step.label, en: step.label } : step.label;
}
