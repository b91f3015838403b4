// Money, in integer cents (docs/demo-data.md): prices are gross, the tax is the 19 % VAT
// contained in the subtotal, and there are no discounts, options or expenses.
import type { MockDatabase } from '../db/database';
import type { CartItemRecord, CartRecord, PriceMode } from '../db/records';

export const VAT_RATE = 0.19;

const containedTax = (gross: number) => Math.round((gross * VAT_RATE) / (1 + VAT_RATE));

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

export function cartTotals(db: MockDatabase, cart: CartRecord) {
  const subtotal = cart.items.reduce(
    (sum, item) => sum + (db.products.get(item.sku)?.unitPrice ?? 0) * item.quantity,
    0,
  );
  return {
    expenseTotal: 0,
    discountTotal: 0,
    taxTotal: containedTax(subtotal),
    subtotal,
    grandTotal: subtotal,
    priceToPay: subtotal,
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
