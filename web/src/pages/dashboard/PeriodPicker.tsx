import { type FormEvent, useEffect, useId, useState } from 'react';
import { defineMessages, useI18n, useMessages } from '../../app/i18n.tsx';
import { Button, SelectField } from '../../ui/ui.tsx';
import { addDays, formatLocalDate, isLocalDate } from './dates.ts';
import { type Period, PRESETS, type Preset, usePeriod } from './usePeriod.ts';

const m = defineMessages({
  'pt-BR': {
    period: 'Período',
    presets: {
      'this-month': 'Este mês',
      'last-month': 'Mês passado',
      'last-90-days': 'Últimos 90 dias',
      'this-quarter': 'Este trimestre',
      'this-year': 'Este ano',
      custom: 'Personalizado',
    },
    from: 'De',
    through: 'Até (inclusive)',
    apply: 'Aplicar',
    invalid: 'A data final deve ser igual ou posterior à inicial.',
    range: (from: string, through: string) => `${from} a ${through}`,
  },
  en: {
    period: 'Period',
    presets: {
      'this-month': 'This month',
      'last-month': 'Last month',
      'last-90-days': 'Last 90 days',
      'this-quarter': 'This quarter',
      'this-year': 'This year',
      custom: 'Custom',
    },
    from: 'From',
    through: 'Through (inclusive)',
    apply: 'Apply',
    invalid: 'The last day must be on or after the first.',
    range: (from: string, through: string) => `${from} to ${through}`,
  },
});

/**
 * "1 de mar. de 2026 a 31 de mar. de 2026": a period as people say it (last day inclusive);
 * by default the page's period.
 */
export function usePeriodText(period?: Period): string {
  const t = useMessages(m);
  const { lang } = useI18n();
  const fromUrl = usePeriod();
  const { from, to } = period ?? fromUrl;
  return t.range(formatLocalDate(lang, from), formatLocalDate(lang, addDays(to, -1)));
}

/**
 * The period of the report pages: presets, or custom dates. People pick the last day they
 * want included; the URL and the API take the day after it (`to` is exclusive).
 */
export function PeriodPicker() {
  const t = useMessages(m);
  const { preset, from, to, setPeriod } = usePeriod();
  const [draft, setDraft] = useState({ from, through: addDays(to, -1) });
  const [isInvalid, setInvalid] = useState(false);
  const errorId = useId();
  useEffect(() => setDraft({ from, through: addDays(to, -1) }), [from, to]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const isValid = isLocalDate(draft.from) && isLocalDate(draft.through) && draft.from <= draft.through;
    setInvalid(!isValid);
    if (isValid) {
      setPeriod('custom', { from: draft.from, to: addDays(draft.through, 1) });
    }
  };

  return (
    <form className="period-picker no-print" onSubmit={apply}>
      <SelectField
        label={t.period}
        value={preset}
        onChange={(e) => setPeriod(e.target.value as Preset)}
        options={PRESETS.map((p) => ({ value: p, label: t.presets[p] }))}
      />
      {preset === 'custom' ? (
        <>
          <div className="field">
            <label htmlFor={`${errorId}-from`}>{t.from}</label>
            <input
              id={`${errorId}-from`}
              type="date"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
              aria-invalid={isInvalid || undefined}
              aria-describedby={isInvalid ? errorId : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor={`${errorId}-through`}>{t.through}</label>
            <input
              id={`${errorId}-through`}
              type="date"
              value={draft.through}
              onChange={(e) => setDraft({ ...draft, through: e.target.value })}
              aria-invalid={isInvalid || undefined}
              aria-describedby={isInvalid ? errorId : undefined}
            />
          </div>
          <Button type="submit">{t.apply}</Button>
          {isInvalid ? (
            <p className="field-error period-error" id={errorId} role="alert">
              {t.invalid}
            </p>
          ) : null}
        </>
      ) : null}
    </form>
  );
}
