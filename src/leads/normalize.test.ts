import { describe, expect, it } from 'vitest';
import { companyDomainFor } from './company-domain-for.ts';
import { isFreeMailDomain } from './free-mail-domains.ts';
import { normalizeDomain } from './normalize-domain.ts';
import { emailDomain, normalizeEmail } from './normalize-email.ts';
import { normalizePhone } from './normalize-phone.ts';

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail(' Ana@Example.COM ')).toBe('ana@example.com');
  });
  it.each([
    '',
    'ana',
    'ana@',
    '@x.com',
    'ana@x',
    'a b@x.com',
    'ana@@x.com',
    'ana@x..com',
    `${'a'.repeat(65)}@x.com`,
  ])('refuses %j', (raw) => {
    expect(normalizeEmail(raw)).toBeNull();
  });
  it('accepts plus addressing, subdomains and Unicode domains', () => {
    expect(normalizeEmail('ana+promo@mail.acme.com.br')).toBe('ana+promo@mail.acme.com.br');
    expect(normalizeEmail('joão@açaí.com.br')).toBe('joão@açaí.com.br');
  });
  it('splits the domain off', () => {
    expect(emailDomain('ana@acme.com.br')).toBe('acme.com.br');
  });
});

describe('normalizeDomain', () => {
  it.each([
    ['https://www.Acme.com.br/contato?x=1', 'acme.com.br'],
    ['acme.io', 'acme.io'],
    ['http://acme.io:8080', 'acme.io'],
    ['WWW2.acme.com.', 'acme.com'],
  ])('%s → %s', (raw, domain) => {
    expect(normalizeDomain(raw)).toBe(domain);
  });
  it.each(['', 'acme', 'not a domain', 'http://', '-acme.com'])('refuses %j', (raw) => {
    expect(normalizeDomain(raw)).toBeNull();
  });
});

describe('isFreeMailDomain', () => {
  it.each([
    'gmail.com',
    'hotmail.com',
    'outlook.com',
    'yahoo.com.br',
    'icloud.com',
    'uol.com.br',
    'bol.com.br',
    'terra.com.br',
    'ig.com.br',
  ])('knows %s', (domain) => {
    expect(isFreeMailDomain(domain)).toBe(true);
  });
  it('treats subdomains of a provider as free mail but not look-alikes', () => {
    expect(isFreeMailDomain('email.uol.com.br')).toBe(true);
    expect(isFreeMailDomain('gmail.company.com')).toBe(false);
    expect(isFreeMailDomain('acme.com.br')).toBe(false);
  });
});

describe('companyDomainFor', () => {
  it('prefers the given company domain, then the e-mail domain, never a free-mail one', () => {
    expect(companyDomainFor({ email: 'ana@gmail.com', company: { domain: 'acme.com' } })).toBe('acme.com');
    expect(companyDomainFor({ email: 'ana@acme.com.br' })).toBe('acme.com.br');
    expect(companyDomainFor({ email: 'ana@gmail.com' })).toBeNull();
  });
});

describe('normalizePhone', () => {
  it.each([
    ['(11) 98765-4321', '+5511987654321'],
    ['11 3333-4444', '+551133334444'],
    ['+55 21 99999-8888', '+5521999998888'],
    ['+1 415 555 2671', '+14155552671'],
  ])('%s → %s', (raw, e164) => {
    expect(normalizePhone(raw)).toBe(e164);
  });
  it('gives null for what is not a phone', () => {
    expect(normalizePhone('ligar depois')).toBeNull();
    expect(normalizePhone('123')).toBeNull();
  });
});
