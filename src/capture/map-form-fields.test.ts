import { describe, expect, it } from 'vitest';
import { leadInputSchema } from '../leads/lead-input.ts';
import type { CaptureForm } from './form.ts';
import { mapFormFields } from './map-form-fields.ts';
import { submissionFingerprint } from './submission-fingerprint.ts';

const form: CaptureForm = {
  id: 'f1',
  key: 'contato',
  siteId: null,
  name: 'Contato',
  fieldMapping: {
    'e-mail': 'email',
    nome: 'name',
    funcionarios: 'company.employees',
    uf: 'company.state',
    plano: 'fields.plan',
  },
  honeypotField: 'website',
  consentField: 'lgpd',
  redirectUrl: null,
  createdAt: 0,
  updatedAt: 0,
};

describe('mapping a form post to a lead', () => {
  it('fills the lead by the mapping, drops unmapped fields, and reads UTM hidden fields as the source', () => {
    const mapped = mapFormFields(form, {
      'e-mail': ' ana@acme.com ',
      nome: 'Ana',
      funcionarios: '120',
      uf: 'SP',
      plano: 'pro',
      senha: 'secret',
      utm_source: 'google',
      utm_campaign: 'marca',
      _bastao_vid: 'visitor-0000000000001',
      _bastao_url: 'https://acme.com/contato',
    });
    expect(mapped.lead).toEqual({
      email: 'ana@acme.com',
      name: 'Ana',
      company: { employees: 120, state: 'SP' },
      fields: { plan: 'pro' },
      source: { channel: 'google', campaign: 'marca', landingPage: 'https://acme.com/contato' },
    });
    expect(mapped).toMatchObject({
      isConsentGiven: false,
      isHoneypotFilled: false,
      visitorId: 'visitor-0000000000001',
    });
  });

  it('takes a checked consent box as LGPD consent, and "no"-like values as not given', () => {
    expect(mapFormFields(form, { 'e-mail': 'a@b.com', lgpd: 'on' })).toMatchObject({
      isConsentGiven: true,
      lead: { consent: { basis: 'consent' } },
    });
    for (const value of ['', 'false', '0', 'off', 'Não']) {
      expect(mapFormFields(form, { 'e-mail': 'a@b.com', lgpd: value }).isConsentGiven, value).toBe(false);
    }
  });

  it('flags a filled honeypot', () => {
    expect(mapFormFields(form, { 'e-mail': 'a@b.com', website: 'http://spam' }).isHoneypotFilled).toBe(true);
    expect(mapFormFields(form, { 'e-mail': 'a@b.com', website: '  ' }).isHoneypotFilled).toBe(false);
  });
});

describe('the fingerprint of a submission', () => {
  const lead = (fields: Record<string, string>) => leadInputSchema.parse(mapFormFields(form, fields).lead);

  it('is the same for the same submission, whatever the e-mail’s case or the field order', () => {
    const a = submissionFingerprint('f1', lead({ 'e-mail': 'Ana@Acme.com', nome: 'Ana', lgpd: 'on' }));
    const b = submissionFingerprint('f1', lead({ lgpd: 'sim', nome: 'Ana', 'e-mail': 'ana@acme.com ' }));
    expect(a).toBe(b);
  });

  it('differs for another form, another person, or other answers', () => {
    const base = submissionFingerprint('f1', lead({ 'e-mail': 'ana@acme.com', nome: 'Ana' }));
    expect(submissionFingerprint('f2', lead({ 'e-mail': 'ana@acme.com', nome: 'Ana' }))).not.toBe(base);
    expect(submissionFingerprint('f1', lead({ 'e-mail': 'bia@acme.com', nome: 'Ana' }))).not.toBe(base);
    expect(submissionFingerprint('f1', lead({ 'e-mail': 'ana@acme.com', nome: 'Ana Souza' }))).not.toBe(base);
  });

  it('keeps no personal data in clear', () => {
    expect(submissionFingerprint('f1', lead({ 'e-mail': 'ana@acme.com' }))).not.toContain('ana');
  });
});
