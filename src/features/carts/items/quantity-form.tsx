// One item's quantity: type and press Enter (or Update). The change shows at once and
// is rolled back, with the reason, if Glue refuses it. What the user is typing is theirs:
// if someone else changes the quantity meanwhile, the typed value stays and the
// conflict is said (Update saves it, Escape takes the other one).
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import type { CartItem } from '../cart-model';
import { Button } from '../../../ui/button';
import { useWriteLocked } from '../../../ui/write-lock';

interface QuantityFormProps {
  item: CartItem;
  onChange: (quantity: number) => void;
  disabled: boolean;
}

export function QuantityForm({ item, onChange, disabled }: QuantityFormProps) {
  // null: not editing, show the cart's quantity — which is the optimistic value, then
  // Glue's answer or the rolled-back one.
  const { t } = useI18n();
  const locked = useWriteLocked();
  const [draft, setDraft] = useState<{ text: string; base: number } | null>(null);
  const shown = draft?.text ?? String(item.quantity);
  const conflict = draft !== null && draft.base !== item.quantity;
  const value = Number(shown);
  const valid = Number.isInteger(value) && value >= 1;
  const inputId = `quantity-${item.id}`;
  return (
    <form
      className="quantity-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid || locked) return;
        if (value !== item.quantity) onChange(value);
        setDraft(null);
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        {t('cart.quantityOf', { name: item.name })}
      </label>
      <input
        id={inputId}
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        readOnly={locked}
        value={shown}
        aria-invalid={valid ? undefined : true}
        aria-describedby={
          [valid ? null : `${inputId}-error`, conflict ? `${inputId}-conflict` : null]
            .filter(Boolean)
            .join(' ') || undefined
        }
        onChange={(event) => {
          setDraft({ text: event.target.value, base: draft?.base ?? item.quantity });
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && draft !== null) setDraft(null);
        }}
      />
      <Button type="submit" size="small" disabled={disabled || !valid || value === item.quantity}>
        {t('cart.update')}
        <span className="visually-hidden"> {t('cart.updateOf', { name: item.name })}</span>
      </Button>
      {conflict && (
        <span id={`${inputId}-conflict`} className="field-hint quantity-conflict">
          {t('live.conflict', { quantity: item.quantity, draft: shown })}
        </span>
      )}
      {!valid && (
        <span id={`${inputId}-error`} className="field-error">
          {t('field.quantity')}
        </span>
      )}
    </form>
  );
}
