// Carts from Glue, normalised for the UI.
import { z } from 'zod';
import { glue } from '../../lib/glue';
import type { ResourceObject } from '../../lib/json-api/document';
import {
  type ResourceReader,
  attributesOf,
  readResources,
} from '../../lib/json-api/resource-reader';

export type CartAccess = 'owner' | 'FULL_ACCESS' | 'READ_ONLY';

export interface CartSummary {
  id: string;
  name: string;
  isDefault: boolean;
  access: CartAccess;
}

const cartSchema = z.object({ name: z.string(), isDefault: z.boolean() });
const groupSchema = z.object({ name: z.enum(['READ_ONLY', 'FULL_ACCESS']) });

/** Glue marks a cart shared with the caller by including the caller's permission group. */
function accessOf(reader: ResourceReader, cart: ResourceObject): CartAccess {
  const group = reader.related(cart, 'cart-permission-groups')[0];
  return group ? attributesOf(group, groupSchema).name : 'owner';
}

export async function fetchCarts(signal?: AbortSignal): Promise<CartSummary[]> {
  const document = await glue.many('/carts', {
    signal,
    query: { include: ['cart-permission-groups'] },
  });
  const reader = readResources(document);
  return document.data.map((cart) => ({
    id: cart.id ?? '',
    ...attributesOf(cart, cartSchema),
    access: accessOf(reader, cart),
  }));
}
