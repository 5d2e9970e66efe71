import { FUNNEL_DEFINITIONS } from './glossary-funnel.ts';
import { MONEY_DEFINITIONS } from './glossary-money.ts';
import { KPI_NAMES, type KpiDefinition, type KpiName } from './kpi-names.ts';

export {
  KPI_NAMES,
  KPI_UNITS,
  type KpiDefinition,
  type KpiName,
  type KpiUnit,
  type KpiValues,
} from './kpi-names.ts';

/**
 * The one glossary of Bastão's KPIs: each metric's label and definition in pt-BR and
 * English, in `KPI_NAMES` order. The API serves it, the UI shows it, and
 * `docs/kpis.md` is generated from it (`glossary.test.ts` keeps them equal).
 *
 * @example KPI_GLOSSARY.find((k) => k.name === 'cac')?.label.en // 'Customer acquisition cost (CAC)'
 */
export const KPI_GLOSSARY: readonly KpiDefinition[] = [...FUNNEL_DEFINITIONS, ...MONEY_DEFINITIONS].sort(
  (a, b) => KPI_NAMES.indexOf(a.name) - KPI_NAMES.indexOf(b.name),
);

/** The definition of one metric. */
export function kpiDefinition(name: KpiName): KpiDefinition {
  const found = KPI_GLOSSARY.find((k) => k.name === name);
  if (!found) {
    throw new Error(`the glossary has no ${name}`);
  }
  return found;
}
