// Where a refused add shows: Glue names an unknown SKU with 102 (then 113) and a product
// that exists but cannot be added with 113 alone — both at the product field —, and its
// 422 field rules at their fields. Anything else is the form's WriteError.
import type { Translate } from '../../../lib/i18n/i18n';
import { errorMessage } from '../../../lib/json-api/error-message';
import { fieldErrors } from '../../../lib/json-api/field-errors';
import { isGlueError } from '../../../lib/json-api/glue-error';

type AddItemField = 'sku' | 'quantity';

/** Each field's message for a refused add, the product field's first. */
export function addItemFieldErrors(
  error: unknown,
  t: Translate,
): Partial<Record<AddItemField, string>> & { focusSku: boolean } {
  const fields = fieldErrors(error);
  const sku =
    isGlueError(error, '102') || isGlueError(error, '113')
      ? errorMessage(error, t, 'addItem')
      : undefined;
  return {
    focusSku: sku !== undefined,
    ...(sku !== undefined && { sku }),
    ...(fields.sku !== undefined && { sku: fields.sku }),
    ...(fields.quantity !== undefined && { quantity: fields.quantity }),
  };
}

/** Whether the fields say it all (no message above the form). */
export const isFieldLevel = (error: unknown): boolean =>
  isGlueError(error, '113') || Object.keys(fieldErrors(error)).length > 0;
