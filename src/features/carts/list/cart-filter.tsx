// All / mine / shared with me: a labelled radio group (kept in the address as ?view=).
import type { MessageKey } from '../../../lib/i18n/i18n';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { CartView } from './cart-list-view';

const OPTIONS: { value: CartView; label: MessageKey }[] = [
  { value: 'all', label: 'carts.filterAll' },
  { value: 'mine', label: 'carts.filterMine' },
  { value: 'shared', label: 'carts.filterShared' },
];

export function CartFilter({
  value,
  onChange,
}: {
  value: CartView;
  onChange: (view: CartView) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t('carts.filter')}</legend>
      {OPTIONS.map((option) => (
        <label key={option.value} className="segmented-option">
          <input
            type="radio"
            name="cart-view"
            value={option.value}
            checked={value === option.value}
            onChange={() => {
              onChange(option.value);
            }}
          />
          <span>{t(option.label)}</span>
        </label>
      ))}
    </fieldset>
  );
}
