/**
 * Consumer mailbox providers: an address on one of these says nothing about the
 * person's company, so it never links a lead to a company. Brazilian providers first.
 */
const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  // Brazil
  'uol.com.br',
  'bol.com.br',
  'terra.com.br',
  'ig.com.br',
  'r7.com',
  'globo.com',
  'globomail.com',
  'oi.com.br',
  'zipmail.com.br',
  'yahoo.com.br',
  'hotmail.com.br',
  'outlook.com.br',
  'live.com.br',
  // worldwide
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'protonmail.com',
  'proton.me',
  'gmx.com',
  'gmx.net',
  'mail.com',
  'zoho.com',
  'yandex.com',
]);

/** True when the domain (or its parent, for `sub.uol.com.br`) is a free-mail provider. */
export function isFreeMailDomain(domain: string): boolean {
  const labels = domain.toLowerCase().split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    if (FREE_MAIL_DOMAINS.has(labels.slice(i).join('.'))) {
      return true;
    }
  }
  return false;
}
