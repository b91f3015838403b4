// The UI language for React: chosen once from the browser (or the user's pick, kept in
// localStorage), switchable in the header, mirrored in <html lang> and Accept-Language.
import { type ReactNode, createContext, useContext, useEffect, useMemo, useState } from 'react';
import { setGlueLanguage } from '../glue/client';
import { LANGUAGE_KEY } from './language';
import {
  type Language,
  type Translate,
  hasCatalog,
  initialLanguage,
  loadCatalog,
  localeOf,
  translator,
} from './i18n';

interface I18n {
  language: Language;
  locale: string;
  t: Translate;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n>({
  language: 'en',
  locale: 'en-US',
  t: translator('en'),
  setLanguage: () => undefined,
});

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  // The shown language: the chosen one once its catalog is here (main.tsx preloads it).
  const [ready, setReady] = useState(() => hasCatalog(language));
  useEffect(() => {
    if (ready) return;
    void loadCatalog(language).then(() => {
      setReady(true);
    });
  }, [language, ready]);
  const shown: Language = ready ? language : 'en';
  const value = useMemo<I18n>(
    () => ({
      language: shown,
      locale: localeOf(shown),
      t: translator(shown),
      setLanguage(next) {
        try {
          localStorage.setItem(LANGUAGE_KEY, next);
        } catch {
          // Not remembered, but still switched.
        }
        void loadCatalog(next).then(() => {
          setReady(true);
          setLanguage(next);
        });
      },
    }),
    [shown],
  );
  // Set during render too, so the very first request already carries the language.
  setGlueLanguage(value.locale);
  useEffect(() => {
    document.documentElement.lang = shown;
  }, [shown]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export const useI18n = () => useContext(I18nContext);
