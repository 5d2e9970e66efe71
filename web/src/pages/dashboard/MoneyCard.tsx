import { defineMessages, useMessages } from '../../app/i18n.tsx';
import { Card } from '../../ui/ui.tsx';
import { KpiFigure } from './KpiFigure.tsx';
import type { KpiName, KpiValues } from './types.ts';

const m = defineMessages({
  'pt-BR': { money: 'Custo, receita e retorno', cycle: 'Ciclo de vendas' },
  en: { money: 'Cost, revenue and return', cycle: 'Sales cycle' },
});

const MONEY: readonly KpiName[] = ['cost', 'revenue', 'cpl', 'cac', 'ltvToCac', 'roi'];
const CYCLE: readonly KpiName[] = ['medianCycleDays', 'meanCycleDays', 'wonDeals', 'winRate'];

/** CPL, CAC, LTV:CAC and ROI with the cost and revenue behind them. */
export function MoneyCard({ totals }: { totals: KpiValues }) {
  const t = useMessages(m);
  return (
    <Card title={t.money}>
      <div className="grid grid-3 kpi-grid">
        {MONEY.map((name) => (
          <KpiFigure key={name} name={name} value={totals[name]} />
        ))}
      </div>
    </Card>
  );
}

/** Days from MQL to won (median and mean), with the deals won and the win rate. */
export function CycleCard({ totals }: { totals: KpiValues }) {
  const t = useMessages(m);
  return (
    <Card title={t.cycle}>
      <div className="grid grid-4 kpi-grid">
        {CYCLE.map((name) => (
          <KpiFigure key={name} name={name} value={totals[name]} />
        ))}
      </div>
    </Card>
  );
}
