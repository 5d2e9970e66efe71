import { KpiAccumulator, type KpiReport, type KpiSettings } from './compute-kpis.ts';
import type { KpiStore, RowPage } from './kpi-store.ts';
import { monthShares } from './local-dates.ts';

/** Rows per page read from storage: large enough to amortise a query, small enough for memory. */
export const KPI_PAGE_SIZE = 1_000;

/**
 * The KPIs of a period, read from storage page by page into an accumulator, so memory
 * holds the counts and the values medians need, never the whole period.
 *
 * @example await loadKpis(system.stores.kpis, settings) // { currency: 'BRL', totals: { leads: 120, … }, groups: [], … }
 */
export async function loadKpis(store: KpiStore, settings: KpiSettings): Promise<KpiReport> {
  const acc = new KpiAccumulator(settings);
  const { period } = settings;
  await forEachRow(
    (cursor) => store.leadFacts(period, cursor, KPI_PAGE_SIZE),
    (row) => acc.addLead(row),
  );
  await forEachRow(
    (cursor) => store.closedDeals(period, cursor, KPI_PAGE_SIZE),
    (row) => acc.addDeal(row),
  );
  await forEachRow(
    (cursor) => store.firstTouches(period, cursor, KPI_PAGE_SIZE),
    (row) => acc.addFirstTouch(row),
  );
  const months = monthShares(period.fromDate, period.toDate).map((share) => share.month);
  for (const cost of await store.costs(months)) {
    acc.addCost(cost);
  }
  return acc.report();
}

/** Calls `visit` on every row of every page, in order. */
export async function forEachRow<T>(
  page: (cursor: string | null) => Promise<RowPage<T>>,
  visit: (row: T) => void,
): Promise<void> {
  let cursor: string | null = null;
  do {
    const result: RowPage<T> = await page(cursor);
    for (const row of result.rows) {
      visit(row);
    }
    cursor = result.next;
  } while (cursor !== null);
}
