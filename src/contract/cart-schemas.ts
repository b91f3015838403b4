// Request attributes of the cart and item endpoints (docs/glue-api.md §4, §8), shared by
// the cart forms and the mock backend. Only the attribute rules (901) live here; the
// value rules that Glue answers with their own codes (112, 117, 119, 111, 102, 114)
// are the mock's rules and the app's messages.
import { z } from 'zod/mini';
import { optionalText, quantity, requiredText } from './field-rules';

export const CART_NAME_MAX_LENGTH = 30;

const cartName = requiredText({ maxLength: CART_NAME_MAX_LENGTH, trim: false });

/** POST /carts: all four are required; Glue has no defaults (the app takes them from a cart). */
export const cartCreateSchema = z.object({
  name: cartName,
  priceMode: requiredText({ trim: false }),
  currency: requiredText({ trim: false }),
  store: requiredText({ trim: false }),
});
export type CartCreateInput = z.infer<typeof cartCreateSchema>;

/** PATCH changes only what it is given; empty priceMode/currency/store change nothing. */
export const cartUpdateSchema = z.object({
  name: z.optional(cartName),
  priceMode: optionalText(),
  currency: optionalText(),
  store: optionalText(),
});
export type CartUpdateInput = z.infer<typeof cartUpdateSchema>;

/**
 * The name forms (create and rename): Glue's rules, and one of the app's own — a name of
 * only spaces is a cart nobody can find again, so the form asks for a real one.
 */
export const cartNameFormSchema = z.object({
  name: cartName.check(
    z.refine((value) => value.trim() !== '', { message: 'This value should not be blank.' }),
  ),
});
export type CartNameInput = z.infer<typeof cartNameFormSchema>;

export const itemAddSchema = z.object({
  sku: requiredText(),
  quantity: quantity({ greaterThanZero: true }),
});
export type ItemAddInput = z.infer<typeof itemAddSchema>;

/** PATCH items: `0` removes the item, so there is no "greater than 0" rule. */
export const itemUpdateSchema = z.object({ quantity: quantity({ greaterThanZero: false }) });
export type ItemUpdateInput = z.infer<typeof itemUpdateSchema>;
