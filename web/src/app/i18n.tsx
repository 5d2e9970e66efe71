import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';

export const LANGS = ['pt-BR', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const STORAGE_KEY = 'bastao.lang';

/** A message: text, a function of its parameters (plurals, numbers in sentences), or a group. */
// biome-ignore lint/suspicious/noExplicitAny: messages take whatever parameters they declare.
type Message = string | ((...args: any[]) => string) | { [key: string]: Message };

/**
 * One feature's messages in both languages. pt-BR is the source; TypeScript makes the
 * English side have exactly the same keys with the same parameters.
 *
 * @example const m = defineMessages({ 'pt-BR': { title: 'Caixa de entrada' }, en: { title: 'Inbox' } });
 *          const t = useMessages(m); t.title
 */
export function defineMessages<T extends Record<string, Message>>(messages: {
  'pt-BR': T;
  en: { [K in keyof T]: T[K] };
}): { 'pt-BR': T; en: T } {
  return messages as { 'pt-BR': T; en: T };
}

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
}

const I18nContext = createContext<I18n>({ lang: 'pt-BR', setLang: () => {} });

const initialLang = (): Lang => {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'pt-BR' ? stored : 'pt-BR';
};

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  document.documentElement.lang = lang;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);

/** The active language's messages of one catalog. */
export function useMessages<T>(catalog: { 'pt-BR': T; en: T }): T {
  return catalog[useI18n().lang];
}
