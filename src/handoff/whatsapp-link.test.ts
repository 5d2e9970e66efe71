import { describe, expect, it } from 'vitest';
import { whatsappLink } from './whatsapp-link.ts';

describe('whatsappLink', () => {
  it('drops the plus from an E.164 number', () => {
    expect(whatsappLink('+5511987654321')).toBe('https://wa.me/5511987654321');
  });

  it('URL-encodes the pre-filled message, accents, spaces and ampersands included', () => {
    expect(whatsappLink('+5511987654321', 'Olá, Ana! Preço & prazo?')).toBe(
      'https://wa.me/5511987654321?text=Ol%C3%A1%2C%20Ana!%20Pre%C3%A7o%20%26%20prazo%3F',
    );
  });

  it('leaves out an empty message', () => {
    expect(whatsappLink('+5511987654321', '')).toBe('https://wa.me/5511987654321');
  });

  it.each(['5511987654321', '+55 11 98765-4321', '+0511987654321', '+55', ''])(
    'refuses %j, which is not E.164',
    (raw) => {
      expect(() => whatsappLink(raw)).toThrow(RangeError);
    },
  );
});
