import { describe, expect, it } from 'vitest';
import { compileCalendar } from '../sla/business-calendar.ts';
import { calendarSchema } from '../sla/calendar-schema.ts';
import { cadenceSchema } from './cadence-schema.ts';
import { planCadence } from './plan-cadence.ts';

const sp = (local: string) => Date.parse(`${local}:00-03:00`);
const calendar = compileCalendar(calendarSchema.parse({}));
const dueTimes = (tasks: ReturnType<typeof planCadence>) =>
  tasks.map(
    (task) =>
      `${task.day}:${task.channel}@${new Date(task.dueAt - 3 * 3_600_000).toISOString().slice(0, 16)}`,
  );

describe('planCadence', () => {
  it('turns the default cadence into tasks: day 0 with the first touch, later days at closing', () => {
    // Tuesday 2026-03-10 10:00.
    expect(dueTimes(planCadence(cadenceSchema.parse({}), calendar, sp('2026-03-10T10:00')))).toEqual([
      '0:call@2026-03-10T11:00',
      '0:whatsapp@2026-03-10T11:00',
      '1:email@2026-03-11T18:00',
      '3:call@2026-03-13T18:00',
      '5:whatsapp@2026-03-17T18:00',
      '5:email@2026-03-17T18:00',
    ]);
  });

  it('counts days from the first-touch day, so a Friday-evening lead starts on Monday', () => {
    const tasks = planCadence(cadenceSchema.parse({}), calendar, sp('2026-03-13T17:50'));
    expect(dueTimes(tasks).slice(0, 3)).toEqual([
      '0:call@2026-03-16T08:50',
      '0:whatsapp@2026-03-16T08:50',
      '1:email@2026-03-17T18:00',
    ]);
  });

  it('keeps a first touch due at closing on its own day', () => {
    // Friday 17:00 + 60 business minutes = Friday 18:00; day 1 is Monday.
    const tasks = planCadence(cadenceSchema.parse({}), calendar, sp('2026-03-13T17:00'));
    expect(dueTimes(tasks).slice(1, 3)).toEqual(['0:whatsapp@2026-03-13T18:00', '1:email@2026-03-16T18:00']);
  });

  it('skips holidays and uses the SLA’s first-touch window', () => {
    // Monday 2026-04-20; Tuesday is Tiradentes.
    const tasks = planCadence(cadenceSchema.parse({}), calendar, sp('2026-04-20T10:00'), {
      firstTouchMinutes: 15,
    });
    expect(dueTimes(tasks).slice(0, 3)).toEqual([
      '0:call@2026-04-20T10:15',
      '0:whatsapp@2026-04-20T10:15',
      '1:email@2026-04-22T18:00',
    ]);
  });

  it('ends a day at its last working interval when there is a lunch break', () => {
    const lunch = compileCalendar(
      calendarSchema.parse({
        hours: {
          wed: [
            ['08:00', '12:00'],
            ['13:00', '17:00'],
          ],
        },
      }),
    );
    const tasks = planCadence(
      cadenceSchema.parse({ steps: [{ day: 1, channel: 'email' }] }),
      lunch,
      sp('2026-03-10T10:00'),
    );
    expect(tasks[0]?.dueAt).toBe(sp('2026-03-11T17:00'));
  });

  it('labels steps in both languages, keeping the playbook’s own labels', () => {
    const cadence = cadenceSchema.parse({
      steps: [
        { day: 0, channel: 'call' },
        { day: 2, channel: 'email', label: 'Case study' },
        { day: 4, channel: 'whatsapp', label: { 'pt-BR': 'Convite', en: 'Invitation' } },
      ],
    });
    expect(
      planCadence(cadence, calendar, sp('2026-03-10T10:00')).map((task) => [task.step, task.label]),
    ).toEqual([
      [0, { 'pt-BR': 'Ligar', en: 'Call' }],
      [1, { 'pt-BR': 'Case study', en: 'Case study' }],
      [2, { 'pt-BR': 'Convite', en: 'Invitation' }],
    ]);
  });
});
