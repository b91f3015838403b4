// Money, in integer cents (demo-data.md): prices are gross, the tax is the 19 % VAT
// contained in the subtotal, and there are no discounts or expenses.
import type { MockDatabase } from '../db/database';
import type { CartItemRecord, CartRecord } from '../db/records';

export const VAT_RATE = 0.19;

export function itemCalculations(db: MockDatabase, item: CartItemRecord) {
  const unitPrice = db.products.get(item.sku)?.unitPrice ?? 0;
  const sumPrice = unitPrice * item.quantity;
  return {
    unitPrice,
    sumPrice,
    unitPriceToPayAggregation: unitPrice,
    sumPriceToPayAggregation: sumPrice,
  };
}

export function cartTotals(db: MockDatabase, cart: CartRecord) {
  const subtotal = cart.items.reduce((sum, item) => sum + itemCalculations(db, item).sumPrice, 0);
  const taxTotal = Math.round((subtotal * VAT_RATE) / (1 + VAT_RATE));
  return {
    expenseTotal: 0,
    discountTotal: 0,
    taxTotal,
    subtotal,
    grandTotal: subtotal,
    priceToPay: subtotal,
  };
}
