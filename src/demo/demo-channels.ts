import type { DemoRandom } from './demo-random.ts';

/**
 * Where the demo's invented leads come from: Olist's channel names (so both kinds of
 * history group together), each with its share of leads and its campaigns.
 */
export const DEMO_CHANNELS = {
  organic_search: { weight: 27, campaigns: [] },
  paid_search: {
    weight: 21,
    campaigns: ['google-ads-marca', 'google-ads-crm-vendas', 'google-ads-concorrentes'],
  },
  social: { weight: 16, campaigns: ['linkedin-ads-decisores', 'meta-ads-ebook-funil'] },
  email: { weight: 9, campaigns: ['newsletter-mensal', 'nutricao-ebook-sla'] },
  direct_traffic: { weight: 8, campaigns: [] },
  referral: { weight: 7, campaigns: ['programa-de-indicacao'] },
  display: { weight: 4, campaigns: ['remarketing-display'] },
  other_publicities: { weight: 3, campaigns: ['evento-rd-summit'] },
  unknown: { weight: 5, campaigns: [] },
} as const satisfies Record<string, { weight: number; campaigns: readonly string[] }>;

export type DemoChannel = keyof typeof DEMO_CHANNELS;

/** Pages people land on, by what brought them. */
const LANDING_PAGES = [
  '/',
  '/blog/sla-marketing-vendas',
  '/ebook/funil-b2b',
  '/precos',
  '/demo',
  '/webinar/lead-scoring',
];

/** A first touch: a channel by share, one of its campaigns, and a landing page. */
export function demoSource(random: DemoRandom): {
  channel: DemoChannel;
  campaign: string | null;
  landingPage: string;
} {
  const channel = random.weighted(
    Object.fromEntries(Object.entries(DEMO_CHANNELS).map(([key, value]) => [key, value.weight])) as Record<
      DemoChannel,
      number
    >,
  );
  const campaigns: readonly string[] = DEMO_CHANNELS[channel].campaigns;
  return {
    channel,
    campaign: campaigns.length > 0 ? random.pick(campaigns) : null,
    landingPage: random.pick(LANDING_PAGES),
  };
}
