// The toolbar's personas: one button each, pressed for whoever is signed in; a click
// signs that persona in where the user is.
import { useSession } from '../../features/auth/public';
import type { MockControls } from '../../lib/mock-mode/mock-controls';
import { Button } from '../../ui/button';
import { WriteError } from '../../ui/write-error';
import type { usePersonaSwitch } from './use-persona-switch';

interface PersonaControlsProps {
  mock: MockControls;
  switchPersona: ReturnType<typeof usePersonaSwitch>;
}

export function PersonaControls({ mock, switchPersona }: PersonaControlsProps) {
  const { session } = useSession();
  return (
    <fieldset className="toolbar-section">
      <legend>Persona</legend>
      <div className="toolbar-personas">
        {mock.personas.map((persona) => (
          <Button
            key={persona.key}
            size="small"
            aria-pressed={session?.email === persona.email}
            pending={switchPersona.isPending}
            title={persona.demonstrates}
            onClick={() => {
              switchPersona.mutate({ persona });
            }}
          >
            {persona.name}
          </Button>
        ))}
      </div>
      <WriteError error={switchPersona.error} />
    </fieldset>
  );
}
