// Add a product by SKU and quantity. An unknown SKU (102, with 113) and bad quantities
// (901) are said on their fields; what was typed stays.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useI18n } from '../../../lib/i18n/i18n-context';
import { fieldErrors } from '../../../lib/json-api/field-errors';
import { isGlueError } from '../../../lib/json-api/glue-error';
import { Alert } from '../../../ui/alert';
import { TextField } from '../../../ui/text-field';
import { errorMessage } from '../../../lib/json-api/error-message';
import { useAddItem } from '../cart-mutations';
import { z } from 'zod/mini';
import { FIELD_MESSAGES } from '../../../lib/json-api/field-rules';
import { type ItemAddInput, itemAddSchema } from '../../../contract/cart-schemas';
import { Button } from '../../../ui/button';
import { submitOnce } from '../../../ui/submit-once';

// Glue's rules, plus one of the app's: the products here are sold in whole pieces.
const formSchema = z.object({
  sku: itemAddSchema.shape.sku,
  quantity: itemAddSchema.shape.quantity.check(
    z.refine(Number.isInteger, { message: FIELD_MESSAGES.greaterThanZero }),
  ),
});

export function AddItemForm({ cartId }: { cartId: string }) {
  const add = useAddItem(cartId);
  const { t } = useI18n();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<z.input<typeof formSchema>, unknown, ItemAddInput>({
    resolver: zodResolver(formSchema),
    defaultValues: { sku: '', quantity: 1 },
  });

  const onSubmit = handleSubmit((input) => {
    add.mutate(
      { sku: input.sku.trim(), quantity: input.quantity },
      {
        onSuccess() {
          reset({ sku: '', quantity: 1 });
        },
        onError(error) {
          // Glue names an unknown SKU with 102 (then 113); 113 alone: it exists but can't be added.
          if (isGlueError(error, '102') || isGlueError(error, '113')) {
            setError('sku', { message: errorMessage(error, t, 'addItem') }, { shouldFocus: true });
          }
          const fields = fieldErrors(error);
          if (fields.sku) setError('sku', { message: fields.sku });
          if (fields.quantity) setError('quantity', { message: fields.quantity });
        },
      },
    );
  });

  const fieldLevel =
    isGlueError(add.error, '113') || Object.keys(fieldErrors(add.error)).length > 0;
  return (
    <form
      className="inline-form add-item"
      aria-label={t('add.label')}
      noValidate
      onSubmit={submitOnce(add.isPending, onSubmit)}
    >
      {add.isError && !fieldLevel && (
        <Alert tone="error">{errorMessage(add.error, t, 'cart')}</Alert>
      )}
      <TextField
        label={t('add.sku')}
        autoComplete="off"
        hint={t('add.skuHint')}
        error={errors.sku?.message}
        {...register('sku')}
      />
      <TextField
        label={t('add.quantity')}
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        error={errors.quantity?.message}
        {...register('quantity', { valueAsNumber: true })}
      />
      <Button type="submit" disabled={add.isPending}>
        {add.isPending ? t('add.pending') : t('add.submit')}
      </Button>
    </form>
  );
}
