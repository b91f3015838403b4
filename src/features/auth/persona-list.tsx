// Mock mode only: sign in as a demo persona with one click.
import type { MockPersona as Persona } from '../../lib/mock-mode/mock-controls';
import { useI18n } from '../../lib/i18n/i18n-context';

interface PersonaListProps {
  personas: readonly Persona[];
  onChoose: (persona: Persona) => void;
  disabled: boolean;
}

export function PersonaList({ personas, onChoose, disabled }: PersonaListProps) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="personas-title" className="personas">
      <h2 id="personas-title">{t('login.personas')}</h2>
      <p className="muted">{t('login.personasHint', { password: personas[0]?.password ?? '' })}</p>
      <ul className="persona-list">
        {personas.map((persona) => (
          <li key={persona.key}>
            <button
              type="button"
              className="persona"
              disabled={disabled}
              onClick={() => {
                onChoose(persona);
              }}
              aria-label={t('login.signInAs', { name: persona.name })}
            >
              <span className="persona-name">{persona.name}</span>
              <span className="persona-company">{persona.company}</span>
              <span className="persona-note">
                {language === 'de' ? persona.demonstratesDe : persona.demonstrates}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
