import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { emailLinkKey, signEmailLink, verifyEmailLink } from './email-token.ts';

const key = emailLinkKey('x'.repeat(40));
const click = {
  kind: 'click',
  leadId: 'lead-1',
  campaign: 'news',
  url: 'https://acme.com/precos?a=1',
} as const;

describe('signed e-mail links', () => {
  it('round-trips an open and a click link', () => {
    const open = { kind: 'open', leadId: 'lead-1', campaign: 'news' } as const;
    expect(verifyEmailLink(key, signEmailLink(key, open))).toEqual(open);
    expect(verifyEmailLink(key, signEmailLink(key, click))).toEqual(click);
  });

  it('uses only URL-safe characters', () => {
    expect(signEmailLink(key, click)).toMatch(/^[\w-]+\.[\w-]+$/);
  });

  it('refuses a token signed with another key, altered in any byte, or malformed', () => {
    const token = signEmailLink(key, click);
    expect(verifyEmailLink(emailLinkKey('y'.repeat(40)), token)).toBeNull();
    for (let i = 0; i < token.length; i += 7) {
      const altered = `${token.slice(0, i)}${token[i] === 'A' ? 'B' : 'A'}${token.slice(i + 1)}`;
      if (altered !== token) {
        expect(verifyEmailLink(key, altered), `byte ${i}`).toBeNull();
      }
    }
    // The signature's last character carries 2 bits: its other spellings are refused too.
    const [payload, signature] = token.split('.') as [string, string];
    const last = signature.at(-1) ?? 'A';
    for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') {
      if (c !== last) {
        expect(verifyEmailLink(key, `${payload}.${signature.slice(0, -1)}${c}`), c).toBeNull();
      }
    }
    for (const bad of ['', '.', 'abc', 'a.b', `${token}x`, `${token.split('.')[0]}.`]) {
      expect(verifyEmailLink(key, bad), bad).toBeNull();
    }
  });

  it('refuses a correctly signed payload that is not a link', () => {
    const signed = (fields: unknown) => {
      const payload = Buffer.from(JSON.stringify(fields)).toString('base64url');
      const signature = createHmac('sha256', key).update(payload).digest().subarray(0, 16);
      return `${payload}.${signature.toString('base64url')}`;
    };
    expect(verifyEmailLink(key, signed(['o', 'lead-1', 'news']))).not.toBeNull();
    for (const fields of [
      ['x', 'l', 'c'],
      ['c', 'l', 'c'],
      ['o', '', 'c'],
      ['o', 'l', 'c', 'extra'],
      ['o', 1, 'c'],
      { kind: 'o' },
    ]) {
      expect(verifyEmailLink(key, signed(fields)), JSON.stringify(fields)).toBeNull();
    }
  });
});
