// The add form's product field: type a name or a SKU; matches are offered as you type
// (name, SKU, price), with the same keys and announcements as the colleague picker. A
// typed SKU is sent as it is, without picking.
import { type Ref, useId } from 'react';
import { type Language, type Translate, plural } from '../../../lib/i18n/i18n';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { humanFieldMessage } from '../../../ui/field-message';
import { formatMoney } from '../../../ui/money';
import { ComboboxOption } from '../../../ui/combobox-option';
import { useCombobox } from '../../../ui/use-combobox';
import { useWriteLocked } from '../../../ui/write-lock';
import { type ProductMatch, onlyVariant } from './products-api';
import { useProductSearch } from './use-product-search';

interface ProductFieldProps {
  value: string;
  onChange: (text: string) => void;
  onBlur?: () => void;
  onPick: (match: ProductMatch) => void;
  inputRef: Ref<HTMLInputElement>;
  currency: string;
  error?: string;
  disabled?: boolean;
}

export function ProductField({
  value,
  onChange,
  onBlur,
  onPick,
  inputRef,
  currency,
  error,
  disabled,
}: ProductFieldProps) {
  const id = useId();
  const { t, language, locale } = useI18n();
  // Locked: the text stays to be copied; no search, no pick.
  const locked = useWriteLocked();
  const search = useProductSearch(value);
  const optionId = (match: ProductMatch) => `${id}-option-${match.abstractSku}`;
  const box = useCombobox({
    options: search.matches,
    optionId,
    query: value,
    onType: onChange,
    onPick,
    closeOnPick: true,
    activateFirst: false,
  });
  const listed = box.open && search.matches.length > 0;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <div className="field combobox product-field">
      <label htmlFor={`${id}-input`}>{t('add.product')}</label>
      <p id={`${id}-hint`} className="field-hint">
        {t('add.productHint')}
      </p>
      <input
        ref={inputRef}
        id={`${id}-input`}
        name="sku"
        type="text"
        role="combobox"
        aria-expanded={listed}
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={box.activeId}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        disabled={disabled}
        readOnly={locked}
        value={value}
        onChange={(event) => {
          box.type(event.target.value);
        }}
        onBlur={() => {
          box.setOpen(false);
          onBlur?.();
        }}
        onKeyDown={locked ? undefined : box.onKeyDown}
      />
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label={t('add.matches')}
        className="listbox"
        hidden={!listed}
      >
        {listed &&
          search.matches.map((match, index) => (
            <ComboboxOption
              key={match.abstractSku}
              id={optionId(match)}
              active={index === box.activeIndex}
              onPick={() => {
                box.pick(match);
              }}
            >
              <span className="option-name">{match.name}</span>
              <span className="option-detail">
                {skuLabel(match, t)} · {formatMoney(match.price, currency, locale)}
              </span>
            </ComboboxOption>
          ))}
      </div>
      {/* Present only while the field is in use: the page's other status texts stay unique.
          "No product matches" is for everyone's eyes; the count is for screen readers. */}
      {box.open && (
        <p
          className={
            search.settled && search.matches.length === 0 ? 'field-hint' : 'visually-hidden'
          }
          role="status"
        >
          {searchSummary(search, value, t, language)}
        </p>
      )}
      {box.open && search.failed && <p className="field-hint">{t('add.searchFailed')}</p>}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {humanFieldMessage(error, t)}
        </p>
      )}
    </div>
  );
}

/** One variant: its SKU; several: how many there are to choose from. */
function skuLabel(match: ProductMatch, t: Translate): string {
  return onlyVariant(match)?.sku ?? t('add.variantCount', { count: match.variants.length });
}

function searchSummary(
  search: ReturnType<typeof useProductSearch>,
  value: string,
  t: Translate,
  language: Language,
): string {
  if (!search.settled) return '';
  if (search.matches.length === 0) return t('add.noMatch', { query: value.trim() });
  return plural(t, language, 'add.matchCount', search.matches.length);
}
