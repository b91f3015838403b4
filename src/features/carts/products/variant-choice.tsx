// "Which one?" for a product with several variants (the gloves in M and L): the concrete
// SKU is what a cart takes.
import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { useWriteLocked } from '../../../ui/write-lock';
import type { ProductMatch } from './products-api';

interface VariantChoiceProps {
  product: ProductMatch;
  value: string;
  missing: boolean;
  onChange: (sku: string) => void;
}

export function VariantChoice({ product, value, missing, onChange }: VariantChoiceProps) {
  const id = useId();
  const { t } = useI18n();
  const locked = useWriteLocked();
  const ref = useRef<HTMLSelectElement>(null);
  // Shown because a product was just picked, or refused because no variant was: the
  // next thing to do is here.
  useEffect(() => {
    ref.current?.focus();
  }, [product, missing]);
  return (
    <div className="field">
      <label htmlFor={id}>{t('add.variant')}</label>
      <select
        ref={ref}
        id={id}
        value={value}
        disabled={locked}
        aria-invalid={missing ? true : undefined}
        aria-describedby={missing ? `${id}-error` : undefined}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        <option value="">{t('add.variantPlaceholder')}</option>
        {product.variants.map((variant) => (
          <option key={variant.sku} value={variant.sku}>
            {variant.name} ({variant.sku})
          </option>
        ))}
      </select>
      {missing && (
        <p id={`${id}-error`} className="field-error">
          {t('add.variantMissing', { name: product.name })}
        </p>
      )}
    </div>
  );
}
