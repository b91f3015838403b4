// The colleagues picked so far, each with a button that takes them off again.
import { useI18n } from '../../lib/i18n/i18n-context';
import type { Colleague } from './colleagues-api';

interface ColleagueChipsProps {
  selected: Colleague[];
  disabled: boolean;
  onRemove: (colleague: Colleague) => void;
}

export function ColleagueChips({ selected, disabled, onRemove }: ColleagueChipsProps) {
  const { t } = useI18n();
  if (selected.length === 0) return null;
  return (
    <ul className="chips" aria-label={t('combobox.chosen')}>
      {selected.map((colleague) => (
        <li key={colleague.id} className="chip">
          {colleague.name}
          <button
            type="button"
            className="chip-remove"
            aria-label={t('combobox.removeChip', { name: colleague.name })}
            disabled={disabled}
            onClick={() => {
              onRemove(colleague);
            }}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
