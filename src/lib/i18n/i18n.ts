// Translation without a library: two catalogs, placeholders, plural forms by
// Intl.PluralRules. The language comes from the browser unless the user picked one.
import type { MessageKey } from './message-keys';
import { enCore } from './messages-en';
import { type Language, LANGUAGES, LANGUAGE_KEY, detectLanguage } from './language';
import { oncePer } from './once-per';

export type { Language };
export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

// English shell texts ship with the app; the English page texts come with the pages
// (loadPageMessages, from the router) and German when first needed: a smaller first visit.
type Catalog = Partial<Record<MessageKey, string>>;
const english: Catalog = { ...enCore };
let german: Catalog | null = null;

export const hasCatalog = (language: Language) => language === 'en' || german !== null;

export async function loadCatalog(language: Language): Promise<void> {
  if (language === 'de' && !german) german = (await import('./messages-de')).de;
}

let pagesLoaded = false;
export async function loadPageMessages(): Promise<void> {
  if (pagesLoaded) return;
  Object.assign(english, (await import('./messages-en-pages')).enPages);
  pagesLoaded = true;
}

/** The stored choice, else the browser's languages, else English. */
export function initialLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // Storage may be unavailable (private mode); the browser's languages still count.
  }
  return detectLanguage(stored, navigator.languages);
}

export const localeOf = (language: Language) =>
  LANGUAGES.find((l) => l.value === language)?.locale ?? 'en-US';

export function translator(language: Language): Translate {
  const catalog = (language === 'de' ? german : null) ?? english;
  return (key, params) =>
    (catalog[key] ?? english[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) =>
      params && name in params ? String(params[name]) : match,
    );
}

const numberFormat = oncePer((locale: string) => new Intl.NumberFormat(locale));
const pluralRules = oncePer((locale: string) => new Intl.PluralRules(locale));

/** A count in the locale's digits ("1,234" / "1.234"). */
export function formatCount(count: number, locale: string): string {
  return numberFormat(locale).format(count);
}

function pluralFormOf(count: number, locale: string): 'one' | 'other' {
  return pluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}

/** The `.one` / `.other` form of a plural message for `count`. */
export function plural(
  t: Translate,
  language: Language,
  base: 'carts.colleagues' | 'combobox.count' | 'add.matchCount' | 'several.kept',
  count: number,
): string {
  const locale = localeOf(language);
  return t(`${base}.${pluralFormOf(count, locale)}`, { count: formatCount(count, locale) });
}
