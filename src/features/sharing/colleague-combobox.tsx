// Choose colleagues by typing: the ARIA combobox pattern (input + listbox with
// aria-activedescendant). ↓/↑ move, Enter picks, Escape closes, Backspace in an empty
// field removes the last pick. Only the first matches are rendered, so typing stays
// instant with 10,000 colleagues.
import { useEffect, useId, useMemo, useState } from 'react';
import { type Language, type Translate, plural } from '../../lib/i18n/i18n';
import { useI18n } from '../../lib/i18n/i18n-context';
import type { Colleague } from './colleagues-api';
import { filterColleagues } from './colleague-filter';

interface ColleagueComboboxProps {
  colleagues: readonly Colleague[];
  /** Ids that may not be picked: the owner, people already shared with. */
  excluded: ReadonlySet<string>;
  selected: Colleague[];
  onSelect: (colleague: Colleague) => void;
  onRemove: (colleague: Colleague) => void;
  disabled?: boolean;
  /** Opened on purpose ("Share with colleagues"): start typing right away. */
  autoFocus?: boolean;
}

export function ColleagueCombobox({
  colleagues,
  excluded,
  selected,
  onSelect,
  onRemove,
  disabled = false,
  autoFocus = false,
}: ColleagueComboboxProps) {
  const id = useId();
  const { t, language } = useI18n();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const hidden = useMemo(
    () => new Set([...excluded, ...selected.map((c) => c.id)]),
    [excluded, selected],
  );
  const { shown, total } = useMemo(
    () => filterColleagues(colleagues, query, hidden),
    [colleagues, query, hidden],
  );
  const activeIndex = Math.min(active, shown.length - 1);
  const activeOption = open && activeIndex >= 0 ? shown[activeIndex] : undefined;
  const optionId = (colleague: Colleague) => `${id}-option-${colleague.id}`;
  const activeId = activeOption ? optionId(activeOption) : undefined;

  // The list scrolls (it shows up to 50): the option the arrow keys reach stays in view.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  function pick(colleague: Colleague) {
    onSelect(colleague);
    setQuery('');
    setActive(0);
  }

  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`} className="field-label">
        {t('combobox.label')}
      </label>
      {selected.length > 0 && (
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
      )}
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the user just asked for this field
        autoFocus={autoFocus}
        disabled={disabled}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          setOpen(true);
        }}
        onBlur={() => {
          setOpen(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive(open ? Math.min(activeIndex + 1, shown.length - 1) : 0);
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive(Math.max(activeIndex - 1, 0));
          } else if (event.key === 'Enter') {
            // Enter also confirms an IME composition (Japanese, Chinese…): not a pick.
            if (event.nativeEvent.isComposing) return;
            if (activeOption) {
              event.preventDefault();
              pick(activeOption);
            }
          } else if (event.key === 'Escape') {
            if (open) {
              event.preventDefault();
              setOpen(false);
            } else {
              setQuery('');
            }
          } else if (event.key === 'Backspace' && query === '') {
            const last = selected.at(-1);
            if (last) onRemove(last);
          }
        }}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('combobox.hint')}
      </p>
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label={t('combobox.listbox')}
        className="listbox"
        hidden={!open || shown.length === 0}
      >
        {open &&
          shown.map((colleague, index) => (
            // Keyboard use goes through the combobox input (aria-activedescendant);
            // the pointer picks here. mousedown keeps focus in the input.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <div
              key={colleague.id}
              id={optionId(colleague)}
              role="option"
              // Options are never tabbed to; focus stays in the input (aria-activedescendant).
              tabIndex={-1}
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'option option-active' : 'option'}
              onMouseDown={(event) => {
                event.preventDefault();
              }}
              onClick={() => {
                pick(colleague);
              }}
            >
              <span className="option-name">{colleague.name}</span>
              <span className="option-email">{colleague.email}</span>
            </div>
          ))}
      </div>
      <p className="visually-hidden" role="status">
        {open ? matchSummary(total, shown.length, t, language) : ''}
      </p>
      {open && total > shown.length && (
        <p className="field-hint">{t('combobox.narrow', { shown: shown.length, total })}</p>
      )}
      {open && query !== '' && total === 0 && (
        <p className="field-hint">{t('combobox.noMatch', { query })}</p>
      )}
    </div>
  );
}

function matchSummary(total: number, shown: number, t: Translate, language: Language) {
  if (total === 0) return t('combobox.none');
  if (total === shown) return plural(t, language, 'combobox.count', total);
  return t('combobox.firstShown', { total, shown });
}
