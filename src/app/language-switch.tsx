import { LANGUAGES } from '../lib/i18n/language';
import { useI18n } from '../lib/i18n/i18n-context';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={language}
        onChange={(event) => {
          const next = LANGUAGES.find((l) => l.value === event.target.value);
          if (next) setLanguage(next.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.value} value={l.value} lang={l.value}>
            {l.label}
          </option>
        ))}
      </select>
    </label>
  );
}
