import { useFormat } from '../../app/format.ts';
import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { Term } from '../../ui/ui.tsx';
import { type DrillRequest, useDrillDown } from './DrillDown.tsx';
import { formatKpi } from './kpi-format.ts';
import { labels } from './labels.ts';
import type { KpiName } from './types.ts';
import { useGlossaryTerms } from './useGlossaryTerms.ts';

const m = defineMessages({
  'pt-BR': { open: (label: string, value: string) => `${label}: ${value}. Ver os leads` },
  en: { open: (label: string, value: string) => `${label}: ${value}. See the leads` },
});

/**
 * A metric's name with its glossary definition on hover and keyboard focus. `short`: a
 * column heading's short name (CAC, MQL → SQL); the definition then starts with the full one.
 */
export function KpiTerm({ name, short = false }: { name: KpiName; short?: boolean }) {
  const terms = useGlossaryTerms();
  const shortName = useMessages(labels).short[name];
  const definition = terms.definition(name);
  if (short && shortName) {
    return <Term definition={definition && `${terms.label(name)}: ${definition}`}>{shortName}</Term>;
  }
  return <Term definition={definition}>{terms.label(name)}</Term>;
}

/**
 * One metric's value: formatted by its unit; "—" with the reason when it is undefined (never
 * 0); a button opening the leads behind it when it is a count of leads.
 */
export function KpiValue({
  name,
  value,
  drill,
  className = '',
}: {
  name: KpiName;
  value: number | null;
  drill?: DrillRequest | undefined;
  className?: string;
}) {
  const t = useMessages(m);
  const format = useFormat();
  const terms = useGlossaryTerms();
  const openDrill = useDrillDown();
  const text = formatKpi(format, terms.unit(name), value);
  if (value === null) {
    const reason = terms.nullReason(name);
    return (
      <span className={`kpi-none ${className}`} title={reason}>
        <span aria-hidden="true">{text}</span>
        <span className="visually-hidden">{reason}</span>
      </span>
    );
  }
  if (drill && value > 0) {
    return (
      <button
        type="button"
        className={`kpi-drill ${className}`}
        onClick={() => openDrill(drill)}
        aria-label={t.open(drill.title, text)}
        aria-haspopup="dialog"
      >
        {text}
      </button>
    );
  }
  return <span className={className}>{text}</span>;
}

/** A metric as a card figure: its term, its value, and why it is empty when it is. */
export function KpiFigure({
  name,
  value,
  drill,
}: {
  name: KpiName;
  value: number | null;
  drill?: DrillRequest | undefined;
}) {
  const terms = useGlossaryTerms();
  return (
    <div className="kpi" data-kpi={name}>
      <span className="kpi-label">
        <KpiTerm name={name} />
      </span>
      <KpiValue name={name} value={value} drill={drill} className="kpi-value" />
      {value === null ? (
        <small className="kpi-why" aria-hidden="true">
          {terms.nullReason(name)}
        </small>
      ) : null}
    </div>
  );
}
