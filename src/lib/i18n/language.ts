// Which language the UI speaks: the stored choice, else the browser's, else English. A
// module without imports, because the build's route-preload script applies the same
// rule before the app runs (its first Glue request sends the same Accept-Language).

export type Language = 'en' | 'de';

export const LANGUAGES: { value: Language; label: string; locale: string }[] = [
  { value: 'en', label: 'English', locale: 'en-US' },
  { value: 'de', label: 'Deutsch', locale: 'de-DE' },
];

export const LANGUAGE_KEY = 'shared-carts.language';

export function detectLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (stored === 'en' || stored === 'de') return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'en';
}
