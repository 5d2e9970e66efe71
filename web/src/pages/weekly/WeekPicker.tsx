import { useFormat } from '../../app/format.ts';
import { defineMessages, useI18n, useMessages } from '../../app/i18n.tsx';
import { Button, SelectField } from '../../ui/ui.tsx';
import { addDays, formatLocalDate, isoWeekOf, mondayOf, today } from '../dashboard/dates.ts';

const m = defineMessages({
  'pt-BR': {
    week: 'Semana',
    previous: 'Semana anterior',
    next: 'Semana seguinte',
    option: (week: string, from: string, through: string) => `${week} · ${from} a ${through}`,
    current: 'em curso',
  },
  en: {
    week: 'Week',
    previous: 'Previous week',
    next: 'Next week',
    option: (week: string, from: string, through: string) => `${week} · ${from} to ${through}`,
    current: 'in progress',
  },
});

/** How many weeks back the list offers (the arrows go further). */
const WEEKS_LISTED = 26;

/** An ISO week, Monday to Sunday: a list of recent weeks, and arrows one week at a time. */
export function WeekPicker({ week, onChange }: { week: string; onChange(week: string): void }) {
  const t = useMessages(m);
  const { lang } = useI18n();
  const { timeZone } = useFormat();
  const current = isoWeekOf(today(timeZone));
  const monday = mondayOf(week) ?? current.monday;
  const shift = (days: number) => onChange(isoWeekOf(addDays(monday, days)).week);
  const weeks = Array.from({ length: WEEKS_LISTED }, (_, i) => isoWeekOf(addDays(current.monday, -7 * i)));
  if (!weeks.some((w) => w.week === week)) {
    weeks.push(isoWeekOf(monday));
  }
  const label = (w: { week: string; monday: string }) =>
    `${t.option(w.week, formatLocalDate(lang, w.monday), formatLocalDate(lang, addDays(w.monday, 6)))}${
      w.week === current.week ? ` (${t.current})` : ''
    }`;
  return (
    <div className="week-picker no-print">
      <Button size="sm" onClick={() => shift(-7)} aria-label={t.previous} title={t.previous}>
        ←
      </Button>
      <SelectField
        label={t.week}
        value={week}
        onChange={(e) => onChange(e.target.value)}
        options={weeks.map((w) => ({ value: w.week, label: label(w) }))}
      />
      <Button
        size="sm"
        onClick={() => shift(7)}
        aria-label={t.next}
        title={t.next}
        disabled={monday >= current.monday}
      >
        →
      </Button>
    </div>
  );
}
