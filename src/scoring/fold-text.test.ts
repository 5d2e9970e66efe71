import { describe, expect, it } from 'vitest';
import { containsAtWordStart, foldText } from './fold-text.ts';

describe('foldText', () => {
  it('removes accents and case and collapses spaces', () => {
    expect(foldText('  São   PAULO ')).toBe('sao paulo');
    expect(foldText('Ação Indústria Sócio')).toBe('acao industria socio');
  });
});

describe('containsAtWordStart', () => {
  it('finds a keyword at the start of a word, including as a prefix of a longer word', () => {
    expect(containsAtWordStart('diretora comercial', 'diretor')).toBe(true);
    expect(containsAtWordStart('head of sales', 'head')).toBe(true);
    expect(containsAtWordStart('socio-fundador', 'fundador')).toBe(true);
  });

  it('does not match inside a word, so "cto" is not found in "director"', () => {
    expect(containsAtWordStart('director', 'cto')).toBe(false);
    expect(containsAtWordStart('associada', 'socia')).toBe(false);
  });

  it('matches a keyword that starts with a symbol anywhere', () => {
    expect(containsAtWordStart('https://acme.com.br/pricing?x=1', '/pricing')).toBe(true);
    expect(containsAtWordStart('ana@gmail.com', '@gmail.')).toBe(true);
  });

  it('finds a later word-start occurrence after an earlier mid-word one', () => {
    expect(containsAtWordStart('director cto', 'cto')).toBe(true);
  });

  it('never matches an empty keyword', () => {
    expect(containsAtWordStart('anything', '')).toBe(false);
  });
});
