// Add a product by SKU and quantity. Unknown SKUs (113) and bad quantities (901) are
// said on their fields; what was typed stays.
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { fieldErrors } from '../../lib/json-api/field-errors';
import { isGlueError } from '../../lib/json-api/glue-error';
import { Alert } from '../../ui/alert';
import { TextField } from '../../ui/text-field';
import { cartErrorMessage } from './cart-error-message';
import { useAddItem } from './cart-mutations';
import { type ItemAddInput, itemAddSchema } from './cart-schemas';

export function AddItemForm({ cartId }: { cartId: string }) {
  const add = useAddItem(cartId);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<ItemAddInput>({
    resolver: zodResolver(itemAddSchema),
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
          if (isGlueError(error, '113')) {
            setError(
              'sku',
              { message: 'No product with this SKU can be added.' },
              { shouldFocus: true },
            );
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
      aria-label="Add an item"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!add.isPending) void onSubmit(event);
      }}
    >
      {add.isError && !fieldLevel && <Alert tone="error">{cartErrorMessage(add.error)}</Alert>}
      <TextField
        label="SKU"
        autoComplete="off"
        hint="For example NW-1001"
        error={errors.sku?.message}
        {...register('sku')}
      />
      <TextField
        label="Quantity"
        type="number"
        min={1}
        step={1}
        inputMode="numeric"
        error={errors.quantity?.message}
        {...register('quantity', { valueAsNumber: true })}
      />
      <button type="submit" className="button" disabled={add.isPending}>
        {add.isPending ? 'Adding…' : 'Add item'}
      </button>
    </form>
  );
}
