// Mock mode only: sign in as a demo persona with one click.
import type { Persona } from '../../../mocks/db/personas';

interface PersonaListProps {
  personas: Persona[];
  onChoose: (persona: Persona) => void;
  disabled: boolean;
}

export function PersonaList({ personas, onChoose, disabled }: PersonaListProps) {
  return (
    <section aria-labelledby="personas-title" className="personas">
      <h2 id="personas-title">Demo personas</h2>
      <p className="muted">Mock mode: every password is “{personas[0]?.password}”.</p>
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
              aria-label={`Sign in as ${persona.name}`}
            >
              <span className="persona-name">{persona.name}</span>
              <span className="persona-company">{persona.company}</span>
              <span className="persona-note">{persona.demonstrates}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
