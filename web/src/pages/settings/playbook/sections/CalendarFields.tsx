import { defineMessages, useMessages } from '../../../../app/i18n.tsx';
import { TextField } from '../../../../ui/ui.tsx';
import { useDraft, useProblem } from '../draft-context.tsx';
import { DraftText } from '../fields.tsx';
import { DraftChecks, DraftLines } from '../list-fields.tsx';
import { formatPath, getAt } from '../path.ts';
import { useFieldText } from '../use-field-text.ts';
import { HOLIDAY_TYPES, optionsOf, WEEKDAYS } from '../vocab.ts';
import { vocab } from '../vocab-labels.ts';

const m = defineMessages({
  'pt-BR': {
    timeZone: 'Fuso horário (IANA)',
    hours: (day: string) => `${day}: expediente`,
    hoursHint: 'Ex.: 08:00-12:00, 13:00-18:00. Vazio = fechado.',
    country: 'País dos feriados (ISO 3166)',
    state: 'UF (feriados estaduais; opcional)',
    types: 'Tipos de feriado que fecham o dia',
    extra: 'Folgas da empresa ou da cidade (AAAA-MM-DD, uma por linha)',
    working: 'Dias trabalhados apesar do calendário (AAAA-MM-DD, um por linha)',
  },
  en: {
    timeZone: 'Time zone (IANA)',
    hours: (day: string) => `${day}: working hours`,
    hoursHint: 'E.g. 08:00-12:00, 13:00-18:00. Empty = closed.',
    country: 'Holiday country (ISO 3166)',
    state: 'State (state holidays; optional)',
    types: 'Holiday types that close the day',
    extra: 'Company or city days off (YYYY-MM-DD, one per line)',
    working: 'Days worked despite the calendar (YYYY-MM-DD, one per line)',
  },
});

const parseHours = (text: string): string[][] =>
  text
    .split(',')
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((piece) => piece.split(/\s*[-–]\s*/));

const formatHours = (value: unknown): string =>
  Array.isArray(value)
    ? value.map((interval) => (Array.isArray(interval) ? interval.join('-') : String(interval))).join(', ')
    : '';

/** A weekday's working intervals as "08:00-12:00, 13:00-18:00". */
function DayHours({ day, label }: { day: string; label: string }) {
  const t = useMessages(m);
  const draft = useDraft();
  const path = ['calendar', 'hours', day];
  const error =
    useProblem(path) ?? draft.problems.find((p) => p.path.startsWith(`${formatPath(path)}[`))?.message;
  const [text, setText] = useFieldText(formatHours(getAt(draft.value, path)), (x) =>
    formatHours(parseHours(x)),
  );
  return (
    <TextField
      label={t.hours(label)}
      error={error}
      value={text}
      readOnly={draft.isReadOnly}
      data-path={formatPath(path)}
      onChange={(e) => {
        setText(e.target.value);
        draft.set(path, parseHours(e.target.value));
      }}
    />
  );
}

export function CalendarFields() {
  const t = useMessages(m);
  const v = useMessages(vocab);
  return (
    <div className="item-fields">
      <p className="muted small span-all">{t.hoursHint}</p>
      <DraftText path={['calendar', 'timeZone']} label={t.timeZone} />
      {WEEKDAYS.map((day) => (
        <DayHours key={day} day={day} label={v.weekdays[day] ?? day} />
      ))}
      <DraftText path={['calendar', 'holidays', 'country']} label={t.country} />
      <DraftText path={['calendar', 'holidays', 'state']} label={t.state} optional />
      <div className="span-all">
        <DraftChecks
          path={['calendar', 'holidays', 'types']}
          legend={t.types}
          options={optionsOf(HOLIDAY_TYPES, v.holidays)}
        />
      </div>
      <DraftLines path={['calendar', 'extraHolidays']} label={t.extra} />
      <DraftLines path={['calendar', 'workingDates']} label={t.working} />
    </div>
  );
}
