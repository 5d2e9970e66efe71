/**
 * Text as rules compare it: accents and case removed, spaces collapsed, so that
 * "São  Paulo" equals "sao paulo" and "DIRETORA" contains "diretor".
 *
 * @example foldText(' São  Paulo ') // 'sao paulo'
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether `keyword` occurs in `text` at the start of a word (both already folded), so
 * that `cto` does not match `director` and `socia` does not match `associada`. A keyword
 * that starts with a symbol (`/pricing`, `@gmail.`) matches anywhere.
 *
 * @example containsAtWordStart('diretora comercial', 'diretor') // true
 */
export function containsAtWordStart(text: string, keyword: string): boolean {
  if (keyword === '') {
    return false;
  }
  if (!WORD_CHARACTER.test(keyword.charAt(0))) {
    return text.includes(keyword);
  }
  for (let at = text.indexOf(keyword); at !== -1; at = text.indexOf(keyword, at + 1)) {
    if (at === 0 || !WORD_CHARACTER.test(text.charAt(at - 1))) {
      return true;
    }
  }
  return false;
}
