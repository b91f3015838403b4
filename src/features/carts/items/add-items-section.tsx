// One item (by name or SKU) or several at once (a pasted list or a .csv file).
import { useId, useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { AddItemForm } from './add-item-form';
import { SeveralItemsForm } from './several-items-form';

export function AddItems({ cartId, currency }: { cartId: string; currency: string }) {
  const id = useId();
  const { t } = useI18n();
  const [mode, setMode] = useState<'one' | 'many'>('one');
  return (
    <div className="stack add-items">
      <fieldset className="add-mode">
        <legend>{t('several.mode')}</legend>
        {(['one', 'many'] as const).map((value) => (
          <label key={value} htmlFor={`${id}-${value}`}>
            <input
              id={`${id}-${value}`}
              type="radio"
              name={`${id}-mode`}
              checked={mode === value}
              onChange={() => {
                setMode(value);
              }}
            />
            {t(value === 'one' ? 'several.one' : 'several.many')}
          </label>
        ))}
      </fieldset>
      {/* Both stay mounted: switching never loses what was typed in the other. */}
      <div hidden={mode !== 'one'}>
        <AddItemForm cartId={cartId} currency={currency} />
      </div>
      <div hidden={mode !== 'many'}>
        <SeveralItemsForm cartId={cartId} />
      </div>
    </div>
  );
}
