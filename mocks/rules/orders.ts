// Orders (docs/glue-api.md §11e): a person sees the orders they placed — by customer
// reference, never a colleague's — in the order they were placed unless sorted.
import type { MockDatabase } from '../db/database';
import type { OrderRecord } from '../db/records';
import type { Caller } from './auth';
import { type GlueFailure, fail } from './glue-failure';

/** `sort=createdAt` / `-createdAt`; any other value is ignored (§11k.9). */
export function listOrders(db: MockDatabase, caller: Caller, sort: string | null): OrderRecord[] {
  const mine = [...db.orders.values()].filter(
    (order) => order.customerReference === caller.customer.reference,
  );
  if (sort === 'createdAt') return mine.sort((a, b) => a.createdAt - b.createdAt);
  if (sort === '-createdAt') return mine.sort((a, b) => b.createdAt - a.createdAt);
  return mine;
}

export function getOrder(
  db: MockDatabase,
  caller: Caller,
  reference: string,
): OrderRecord | GlueFailure {
  const order = db.orders.get(reference);
  return order?.customerReference === caller.customer.reference ? order : fail('801');
}

/** `/customers/{ref}/orders`: only the caller's own reference (else 403 `802`). */
export function customersOrders(
  db: MockDatabase,
  caller: Caller,
  reference: string,
  sort: string | null,
): OrderRecord[] | GlueFailure {
  return reference === caller.customer.reference ? listOrders(db, caller, sort) : fail('802');
}
