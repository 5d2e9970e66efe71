import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signPayload, verifySignature } from './sign-payload.ts';

const body = '{"type":"lead.mql","lead":{"name":"João"}}';

describe('signPayload', () => {
  it('is sha256= and the hex HMAC-SHA256 of the UTF-8 body', () => {
    const hex = createHmac('sha256', 's3cr3t').update(Buffer.from(body, 'utf8')).digest('hex');
    expect(signPayload('s3cr3t', body)).toBe(`sha256=${hex}`);
  });

  it('matches a published HMAC-SHA256 test vector (RFC 4231, case 2)', () => {
    expect(signPayload('Jefe', 'what do ya want for nothing?')).toBe(
      'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('changes with the secret and with any byte of the body', () => {
    expect(signPayload('other', body)).not.toBe(signPayload('s3cr3t', body));
    expect(signPayload('s3cr3t', body.replace('João', 'Joao'))).not.toBe(signPayload('s3cr3t', body));
  });
});

describe('verifySignature', () => {
  const header = signPayload('s3cr3t', body);

  it('accepts the signature of the body, in any hex case', () => {
    expect(verifySignature('s3cr3t', body, header)).toBe(true);
    expect(verifySignature('s3cr3t', body, `sha256=${header.slice(7).toUpperCase()}`)).toBe(true);
  });

  it('refuses a wrong secret, a changed body, a truncated or missing signature', () => {
    expect(verifySignature('wrong', body, header)).toBe(false);
    expect(verifySignature('s3cr3t', `${body} `, header)).toBe(false);
    expect(verifySignature('s3cr3t', body, header.slice(0, -2))).toBe(false);
    expect(verifySignature('s3cr3t', body, header.slice(7))).toBe(false);
    expect(verifySignature('s3cr3t', body, undefined)).toBe(false);
    expect(verifySignature('s3cr3t', body, '')).toBe(false);
  });
});
