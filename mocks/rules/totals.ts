// Money, in integer cents (docs/demo-data.md): prices are gross, the tax is the 19 % VAT
// contained in what is to pay; vouchers discount the cart (discounts.ts), and there are
// no options, and no expenses until an order adds its shipment.
import type { MockDatabase } from '../db/database';
import type { CartItemRecord, CartRecord, PriceMode } from '../db/records';
import { cartDiscounts } from './discounts';

export const VAT_RATE = 0.19;

export const containedTax = (gross: number) => Math.round((gross * VAT_RATE) / (1 + VAT_RATE));

/** All 19 `calculations` fields of an item, as Glue sends them (docs/glue-api.md §3). */
export function itemCalculations(db: MockDatabase, item: CartItemRecord, priceMode: PriceMode) {
  const unitPrice = db.products.get(item.sku)?.unitPrice ?? 0;
  const sumPrice = unitPrice * item.quantity;
  // Glue fills the price fields of the cart's price mode and leaves the others at 0.
  const gross = priceMode === 'GROSS_MODE';
  return {
    unitPrice,
    sumPrice,
    taxRate: VAT_RATE * 100,
    unitNetPrice: gross ? 0 : unitPrice,
    sumNetPrice: gross ? 0 : sumPrice,
    unitGrossPrice: gross ? unitPrice : 0,
    sumGrossPrice: gross ? sumPrice : 0,
    unitTaxAmountFullAggregation: containedTax(unitPrice),
    sumTaxAmountFullAggregation: containedTax(sumPrice),
    sumSubtotalAggregation: sumPrice,
    unitSubtotalAggregation: unitPrice,
    unitProductOptionPriceAggregation: 0,
    sumProductOptionPriceAggregation: 0,
    unitDiscountAmountAggregation: 0,
    sumDiscountAmountAggregation: 0,
    unitDiscountAmountFullAggregation: 0,
    sumDiscountAmountFullAggregation: 0,
    unitPriceToPayAggregation: unitPrice,
    sumPriceToPayAggregation: sumPrice,
  };
}

export const cartSubtotal = (db: MockDatabase, cart: CartRecord) =>
  cart.items.reduce(
    (sum, item) => sum + (db.products.get(item.sku)?.unitPrice ?? 0) * item.quantity,
    0,
  );

export function cartTotals(db: MockDatabase, cart: CartRecord) {
  const subtotal = cartSubtotal(db, cart);
  const discountTotal = cartDiscounts(cart, subtotal).reduce((sum, d) => sum + d.amount, 0);
  const grandTotal = subtotal - discountTotal;
  return {
    expenseTotal: 0,
    discountTotal,
    taxTotal: containedTax(grandTotal),
    subtotal,
    grandTotal,
    priceToPay: grandTotal,
  };
}

/** The `POST /carts` answer: Glue has not calculated the new cart yet (§3). */
export const UNCALCULATED_TOTALS = {
  expenseTotal: null,
  discountTotal: null,
  taxTotal: null,
  subtotal: null,
  grandTotal: null,
  priceToPay: null,
};
