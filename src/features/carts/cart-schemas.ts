// Request attributes of the cart and item endpoints (glue-api.md §4, §8), shared by
// the cart forms and the mock backend.
import { z } from 'zod/mini';
import { FIELD_MESSAGES, quantity, requiredText } from '../../lib/json-api/field-rules';

export const CART_NAME_MAX_LENGTH = 255;

const priceMode = z.enum(['GROSS_MODE', 'NET_MODE'], { error: FIELD_MESSAGES.invalidChoice });
const currency = z.literal('EUR', { error: FIELD_MESSAGES.invalidChoice });
const store = z.literal('DE', { error: FIELD_MESSAGES.invalidChoice });

export const cartCreateSchema = z.object({
  name: requiredText(CART_NAME_MAX_LENGTH),
  priceMode: z.optional(priceMode),
  currency: z.optional(currency),
  store: z.optional(store),
});
export type CartCreateInput = z.infer<typeof cartCreateSchema>;

/** PATCH changes only what it is given; a given name follows the same rules as on create. */
export const cartUpdateSchema = z.partial(cartCreateSchema);

/** Just the name: the create and rename forms. */
export const cartNameSchema = z.pick(cartCreateSchema, { name: true });
export type CartUpdateInput = z.infer<typeof cartUpdateSchema>;

export const itemAddSchema = z.object({
  sku: requiredText(),
  quantity: quantity(),
});
export type ItemAddInput = z.infer<typeof itemAddSchema>;

export const itemUpdateSchema = z.object({ quantity: quantity() });
export type ItemUpdateInput = z.infer<typeof itemUpdateSchema>;
