// Finding a product by name or SKU (docs/glue-api.md §4a): one request gives the matching
// abstract products with their variants, the concrete SKUs a cart takes.
import { z } from 'zod/mini';
import { glue } from '../../../lib/glue/client';
import { attributesOf, readResources } from '../../../lib/json-api/resource-reader';

export interface ProductVariant {
  /** The concrete SKU: what `POST …/items` takes. */
  sku: string;
  name: string;
}

export interface ProductMatch {
  abstractSku: string;
  name: string;
  /** The default price in cents (the cheapest variant's). */
  price: number;
  variants: ProductVariant[];
}

/** The product's one variant, or null when there are several to choose from: one variant
 * is chosen by itself, and its SKU is what goes to Glue. */
export const onlyVariant = (match: ProductMatch): ProductVariant | null =>
  match.variants.length === 1 ? (match.variants[0] ?? null) : null;

const suggestionSchema = z.object({
  abstractProducts: z.array(
    z.object({ abstractSku: z.string(), abstractName: z.string(), price: z.number() }),
  ),
});
const abstractSchema = z.object({
  attributeMap: z.object({ product_concrete_ids: z.array(z.string()) }),
});
const concreteSchema = z.object({ sku: z.string(), name: z.string() });

const INCLUDE = ['abstract-products', 'concrete-products'];

export async function searchProducts(q: string, signal?: AbortSignal): Promise<ProductMatch[]> {
  const document = await glue.many('/catalog-search-suggestions', {
    signal,
    query: { q, include: INCLUDE },
  });
  const [suggestions] = document.data;
  if (!suggestions) return [];
  const reader = readResources(document);
  return attributesOf(suggestions, suggestionSchema).abstractProducts.map((found) => {
    const abstract = reader.find('abstract-products', found.abstractSku);
    const ids = abstract
      ? attributesOf(abstract, abstractSchema).attributeMap.product_concrete_ids
      : [];
    const variants = ids.map((sku) => {
      const concrete = reader.find('concrete-products', sku);
      return concrete ? attributesOf(concrete, concreteSchema) : { sku, name: found.abstractName };
    });
    return {
      abstractSku: found.abstractSku,
      name: found.abstractName,
      price: found.price,
      variants,
    };
  });
}
