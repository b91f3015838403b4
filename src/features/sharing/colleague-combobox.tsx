// Choose colleagues by typing: an input with a listbox of matches (the keys and the
// state are in use-colleague-combobox.ts), the picks as chips, and a live count.
import { useId } from 'react';
import { type Language, type Translate, plural } from '../../lib/i18n/i18n';
import { useI18n } from '../../lib/i18n/i18n-context';
import { ComboboxOption } from '../../ui/combobox-option';
import { useWriteLocked } from '../../ui/write-lock';
import { ColleagueChips } from './colleague-chips';
import type { Colleague } from './colleagues-api';
import { useColleagueCombobox } from './use-colleague-combobox';

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
  disabled = false,
  autoFocus = false,
  ...props
}: ColleagueComboboxProps) {
  const id = useId();
  const { t, language } = useI18n();
  const locked = useWriteLocked();
  const optionId = (colleague: Colleague) => `${id}-option-${colleague.id}`;
  const box = useColleagueCombobox({ ...props, optionId });
  const { open, shown, total, query } = box;

  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`} className="field-label">
        {t('combobox.label')}
      </label>
      <ColleagueChips selected={props.selected} disabled={disabled} onRemove={props.onRemove} />
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={box.activeId}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the user just asked for this field
        autoFocus={autoFocus}
        disabled={disabled}
        readOnly={locked}
        value={query}
        onChange={(event) => {
          box.type(event.target.value);
        }}
        onFocus={() => {
          box.setOpen(true);
        }}
        onBlur={() => {
          box.setOpen(false);
        }}
        onKeyDown={locked ? undefined : box.onKeyDown}
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
            <ComboboxOption
              key={colleague.id}
              id={optionId(colleague)}
              active={index === box.activeIndex}
              onPick={() => {
                box.pick(colleague);
              }}
            >
              <span className="option-name">{colleague.name}</span>
              <span className="option-email">{colleague.email}</span>
            </ComboboxOption>
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
