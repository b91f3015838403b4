// The name filter above the cart list: a labelled search field. Escape clears it
// (the browser's own search-field behaviour, made dependable). What is typed is said to
// be typing (the address follows once the typist pauses), and leaving the field says so.
import { useId } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
// The field's look (.field): imported here, not borrowed from a form that may load later.
import '../../../ui/text-field.css';

export function NameFilter({
  value,
  onChange,
  onLeave,
}: {
  value: string;
  onChange: (value: string, how?: 'typing') => void;
  onLeave: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field name-filter">
      <label htmlFor={id}>{t('carts.nameFilter')}</label>
      <input
        id={id}
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => {
          onChange(event.target.value, 'typing');
        }}
        onBlur={onLeave}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            event.preventDefault();
            onChange('');
          }
        }}
      />
    </div>
  );
}
