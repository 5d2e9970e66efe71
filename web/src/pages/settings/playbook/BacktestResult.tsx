import { useFormat } from '../../../app/format.ts';
import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import type { BacktestReport } from './use-playbook.ts';

const m = defineMessages({
  'pt-BR': {
    caption: (v: number) => `Leads que virariam MQL: rascunho × versão ${v} em vigor`,
    metric: 'Métrica',
    current: (v: number) => `Em vigor (v${v})`,
    draft: 'Rascunho',
    change: 'Diferença',
    mqls: 'MQLs',
    sql: 'Chegaram a SQL',
    customer: 'Viraram clientes',
    sqlRate: 'MQL → SQL',
    customerRate: 'MQL → cliente',
    byMonth: 'MQLs por mês',
    month: 'Mês',
    overlap: (both: string, onlyDraft: string, onlyCurrent: string) =>
      `MQL nas duas: ${both} · só no rascunho: ${onlyDraft} · só na versão em vigor: ${onlyCurrent}`,
    recorded: (recorded: string, scanned: string) =>
      `MQLs registrados de fato no período: ${recorded} · leads analisados: ${scanned}`,
  },
  en: {
    caption: (v: number) => `Leads that would become MQL: draft vs version ${v} in force`,
    metric: 'Metric',
    current: (v: number) => `In force (v${v})`,
    draft: 'Draft',
    change: 'Change',
    mqls: 'MQLs',
    sql: 'Reached SQL',
    customer: 'Became customers',
    sqlRate: 'MQL → SQL',
    customerRate: 'MQL → customer',
    byMonth: 'MQLs by month',
    month: 'Month',
    overlap: (both: string, onlyDraft: string, onlyCurrent: string) =>
      `MQL under both: ${both} · only under the draft: ${onlyDraft} · only under the version in force: ${onlyCurrent}`,
    recorded: (recorded: string, scanned: string) =>
      `MQLs really recorded in the period: ${recorded} · leads scanned: ${scanned}`,
  },
});

/** "+3", "−2", "0": the sign in text, not only in colour. */
const signed = (n: number, format: (n: number) => string) =>
  n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : format(0);

export function BacktestResult({
  report,
  currentVersion,
}: {
  report: BacktestReport;
  currentVersion: number;
}) {
  const t = useMessages(m);
  const f = useFormat();
  const { current, proposed } = report;
  const counts = [
    [t.mqls, current.mqls, proposed.mqls],
    [t.sql, current.reachedSql, proposed.reachedSql],
    [t.customer, current.reachedCustomer, proposed.reachedCustomer],
  ] as const;
  const months = [...new Set([...current.byMonth, ...proposed.byMonth].map((x) => x.month))].sort();
  const inMonth = (list: typeof current.byMonth, month: string) =>
    list.find((x) => x.month === month)?.mqls ?? 0;
  /** Both tables compare the version in force with the draft, column for column. */
  const compareHead = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="num">
          {t.current(currentVersion)}
        </th>
        <th scope="col" className="num">
          {t.draft}
        </th>
        <th scope="col" className="num">
          {t.change}
        </th>
      </tr>
    </thead>
  );
  return (
    <div className="stack backtest-result" aria-live="polite">
      <table className="data">
        <caption>{t.caption(currentVersion)}</caption>
        {compareHead(t.metric)}
        <tbody>
          {counts.map(([label, before, after]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{f.number(before)}</td>
              <td className="num">{f.number(after)}</td>
              <td className={`num ${after > before ? 'up' : after < before ? 'down' : ''}`}>
                {signed(after - before, f.number)}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t.sqlRate}</th>
            <td className="num">{f.percent(current.sqlRate)}</td>
            <td className="num">{f.percent(proposed.sqlRate)}</td>
            <td />
          </tr>
          <tr>
            <th scope="row">{t.customerRate}</th>
            <td className="num">{f.percent(current.customerRate)}</td>
            <td className="num">{f.percent(proposed.customerRate)}</td>
            <td />
          </tr>
        </tbody>
      </table>
      <p className="small">
        {t.overlap(
          f.number(report.overlap.both),
          f.number(report.overlap.onlyProposed),
          f.number(report.overlap.onlyCurrent),
        )}
      </p>
      <p className="small muted">
        {t.recorded(f.number(report.recorded.mqls), f.number(report.leadsScanned))}
      </p>
      {months.length > 0 ? (
        <table className="data">
          <caption>{t.byMonth}</caption>
          {compareHead(t.month)}
          <tbody>
            {months.map((month) => {
              const before = inMonth(current.byMonth, month);
              const after = inMonth(proposed.byMonth, month);
              return (
                <tr key={month}>
                  <th scope="row">{month}</th>
                  <td className="num">{f.number(before)}</td>
                  <td className="num">{f.number(after)}</td>
                  <td className="num">{signed(after - before, f.number)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
