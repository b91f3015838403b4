// Add a product by name or SKU and a quantity. A picked product with several variants
// asks which one; a typed SKU is sent as it is. An unknown SKU (102, with 113) and bad
// quantities (901) are said on their fields; what was typed stays.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { type ItemAddInput, itemAddSchema } from '../../../contract/cart-schemas';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { FIELD_MESSAGES } from '../../../contract/field-rules';
import { WriteError } from '../../../ui/write-error';
import { Button } from '../../../ui/button';
import { formatMoney } from '../../../ui/money';
import { submitOnce } from '../../../ui/submit-once';
import { TextField } from '../../../ui/text-field';
import { useAddItem } from '../cart-mutations';
import { ProductField } from '../products/product-field';
import { type ProductMatch, onlyVariant } from '../products/products-api';
import { addItemFieldErrors, isFieldLevel } from './add-item-errors';
import { VariantChoice } from '../products/variant-choice';

// Glue's rules, plus one of the app's: the products here are sold in whole pieces.
const formSchema = z.object({
  sku: itemAddSchema.shape.sku,
  quantity: itemAddSchema.shape.quantity.check(
    z.refine(Number.isInteger, { message: FIELD_MESSAGES.greaterThanZero }),
  ),
});

export function AddItemForm({ cartId, currency }: { cartId: string; currency: string }) {
  const add = useAddItem(cartId);
  const { t, locale } = useI18n();
  const [chosen, setChosen] = useState<ProductMatch | null>(null);
  const [variant, setVariant] = useState('');
  const [variantMissing, setVariantMissing] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    reset,
    formState: { errors, isSubmitted },
  } = useForm<z.input<typeof formSchema>, unknown, ItemAddInput>({
    resolver: zodResolver(formSchema),
    defaultValues: { sku: '', quantity: 1 },
  });
  const needsVariant = chosen !== null && onlyVariant(chosen) === null;
  // The product field's text is kept here and handed to the form with setValue, rather
  // than through react-hook-form's Controller, whose code would join the login page's
  // first visit (docs/decisions/add-form-without-controller.md; lint holds it).
  const sku = register('sku');
  const [skuText, setSkuText] = useState('');
  const setSku = (text: string) => {
    setSkuText(text);
    setValue('sku', text, { shouldDirty: true, shouldValidate: isSubmitted });
  };

  function pick(match: ProductMatch) {
    const only = onlyVariant(match);
    setChosen(match);
    setVariantMissing(false);
    setVariant(only?.sku ?? '');
    // One variant: its SKU is what goes to Glue, so the field shows it.
    setSku(only?.sku ?? match.name);
  }

  const onSubmit = handleSubmit((input) => {
    const sku = needsVariant ? variant : input.sku.trim();
    if (sku === '') {
      setVariantMissing(true);
      return;
    }
    add.mutate(
      { sku, quantity: input.quantity },
      {
        onSuccess() {
          reset({ sku: '', quantity: 1 });
          setSkuText('');
          setChosen(null);
          setVariant('');
        },
        onError(error) {
          const fields = addItemFieldErrors(error, t);
          // Glue's product codes focus the product field: it is the one to change.
          if (fields.sku)
            setError('sku', { message: fields.sku }, { shouldFocus: fields.focusSku });
          if (fields.quantity) setError('quantity', { message: fields.quantity });
        },
      },
    );
  });

  const fieldLevel = isFieldLevel(add.error);
  const only = chosen && onlyVariant(chosen);
  return (
    <form
      className="inline-form add-item"
      aria-label={t('add.label')}
      noValidate
      onSubmit={submitOnce(add.isPending, onSubmit)}
    >
      {!fieldLevel && <WriteError error={add.error} about="cart" />}
      <ProductField
        value={skuText}
        inputRef={sku.ref}
        onChange={(text) => {
          setSku(text);
          // Typing again: what was picked no longer applies.
          setChosen(null);
        }}
        onPick={pick}
        currency={currency}
        error={errors.sku?.message}
      />
      {needsVariant && (
        <VariantChoice
          product={chosen}
          value={variant}
          missing={variantMissing}
          onChange={(sku) => {
            setVariant(sku);
            setVariantMissing(false);
          }}
        />
      )}
      <TextField
        label={t('add.quantity')}
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        error={errors.quantity?.message}
        {...register('quantity', { valueAsNumber: true })}
      />
      <Button type="submit" pending={add.isPending} pendingLabel={t('add.pending')}>
        {t('add.submit')}
      </Button>
      {chosen && only && (
        <p className="field-hint add-chosen">
          {t('add.chosen', {
            name: chosen.name,
            sku: only.sku,
            price: formatMoney(chosen.price, currency, locale),
          })}
        </p>
      )}
    </form>
  );
}
