import type { DemoRandom } from './demo-random.ts';

/**
 * What the demo company sells: monthly subscriptions, priced by the buyer's size. A deal's
 * amount is its monthly recurring revenue, as the LTV definition reads it (docs/kpis.md).
 */
const PLANS = [
  { name: 'Plano Essencial', baseCents: 790_00 },
  { name: 'Plano Pro', baseCents: 1_990_00 },
  { name: 'Plano Enterprise', baseCents: 5_900_00 },
] as const;

/** Why deals are lost, as a CRM would say it. */
export const LOST_REASONS = [
  'Escolheu um concorrente',
  'Sem orçamento aprovado',
  'Projeto adiado para o próximo ano',
  'Preço acima do esperado',
  'Parou de responder',
] as const;

/**
 * An invented deal for a company of `employees`: a plan that fits its size and a monthly
 * amount around the plan's price (seats, discounts and add-ons), rounded to R$ 10, in cents.
 *
 * @example demoDeal(random, 'Aurora Software', 120) // { name: 'Aurora Software — Plano Pro', amountCents: 2_189_00 }
 */
export function demoDeal(
  random: DemoRandom,
  companyName: string,
  employees: number,
): { name: string; amountCents: number } {
  const plan = PLANS[employees >= 1000 ? 2 : employees >= 50 ? (random.chance(0.2) ? 2 : 1) : 0] ?? PLANS[0];
  const amount = Math.round((plan.baseCents * random.between(0.8, 1.4)) / 10_00) * 10_00;
  return { name: `${companyName} — ${plan.name}`, amountCents: amount };
}
