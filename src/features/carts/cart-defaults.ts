// What `POST /carts` needs besides a name (docs/glue-api.md §9): Glue has no defaults, and
// people should not have to know price modes or store codes. A new cart takes them
// from the user's default cart (or any own cart); with none, from the build.
import type { CartSummary } from './cart-model';

export interface CartBasics {
  priceMode: string;
  currency: string;
  store: string;
}

/** VITE_CART_PRICE_MODE, VITE_CART_CURRENCY, VITE_CART_STORE; the B2B demo shop's otherwise. */
const fromBuild = (value: string | undefined, fallback: string) =>
  value === undefined || value.trim() === '' ? fallback : value.trim();

export const BUILD_CART_BASICS: CartBasics = {
  priceMode: fromBuild(import.meta.env.VITE_CART_PRICE_MODE, 'GROSS_MODE'),
  currency: fromBuild(import.meta.env.VITE_CART_CURRENCY, 'EUR'),
  store: fromBuild(import.meta.env.VITE_CART_STORE, 'DE'),
};

export function cartBasics(carts: readonly CartSummary[] | undefined): CartBasics {
  const own = (carts ?? []).filter((cart) => cart.access === 'owner');
  const source = own.find((cart) => cart.isDefault) ?? own[0];
  if (!source) return BUILD_CART_BASICS;
  return { priceMode: source.priceMode, currency: source.currency, store: source.store };
}
