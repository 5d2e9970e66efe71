import type { Playbook } from '../playbook/playbook-schema.ts';
import { type BusinessCalendar, compileCalendar } from './business-calendar.ts';

const compiled = new WeakMap<Playbook, BusinessCalendar>();

/** The playbook's business calendar, compiled once per playbook object (treat it as read-only). */
export function calendarOf(playbook: Playbook): BusinessCalendar {
  let calendar = compiled.get(playbook);
  if (!calendar) {
    calendar = compileCalendar(playbook.calendar);
    compiled.set(playbook, calendar);
  }
  return calendar;
}
