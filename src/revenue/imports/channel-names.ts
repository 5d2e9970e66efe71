import { fieldKeyOf, foldHeader } from './columns.ts';

/**
 * Source names as RD Station and HubSpot label them (Portuguese and English), mapped to
 * the channel vocabulary Bastão's leads use (Olist's: `organic_search`, `paid_search`,
 * `social`, `email`, `direct_traffic`, `referral`, `display`, `unknown`, `other`, …) so that
 * costs, KPIs and routing rules group them together.
 */
const CHANNELS: Record<string, string> = {
  'busca paga': 'paid_search',
  'pesquisa paga': 'paid_search',
  'paid search': 'paid_search',
  'busca organica': 'organic_search',
  'pesquisa organica': 'organic_search',
  'organic search': 'organic_search',
  social: 'social',
  'redes sociais': 'social',
  'social media': 'social',
  'organic social': 'social',
  'social organico': 'social',
  'midia social': 'social',
  'paid social': 'paid_social',
  'social pago': 'paid_social',
  email: 'email',
  'e-mail': 'email',
  'email marketing': 'email',
  'marketing por email': 'email',
  'e-mail marketing': 'email',
  'trafego direto': 'direct_traffic',
  direto: 'direct_traffic',
  'direct traffic': 'direct_traffic',
  direct: 'direct_traffic',
  referencia: 'referral',
  referencias: 'referral',
  referral: 'referral',
  referrals: 'referral',
  display: 'display',
  desconhecido: 'unknown',
  unknown: 'unknown',
  outros: 'other',
  other: 'other',
  'other campaigns': 'other_campaigns',
  'outras campanhas': 'other_campaigns',
  'offline sources': 'offline',
  'fontes offline': 'offline',
  offline: 'offline',
};

/** `Busca Paga` → `paid_search`; a name not in the list becomes its snake_case form. Empty → null. */
export function channelOf(name: string): string | null {
  const folded = foldHeader(name);
  if (folded === '') {
    return null;
  }
  return CHANNELS[folded] ?? fieldKeyOf(name);
}

/**
 * RD Station's conversion origin, `Canal | Detalhe` ("Busca Paga | Facebook Ads"): the
 * channel, and the detail (the source within it) as the touch's medium.
 */
export function rdOrigin(origin: string): { channel: string | null; medium: string | null } {
  const [channel = '', ...detail] = origin.split('|');
  return { channel: channelOf(channel), medium: detail.join('|').trim() || null };
}
