// The seed's stable ids, named, for tests.
import { DEMO_EMAILS, NORTHWIND, SUMMIT, cartId, companyId, companyUserId } from '../db/demo-seed';

const e = DEMO_EMAILS;

export const CART = {
  q4: cartId(e.anna, 'Q4 office restock'),
  workshop: cartId(e.anna, 'Workshop tools'),
  emptyDraft: cartId(e.anna, 'Empty draft'),
  safetyGear: cartId(e.ben, 'Safety gear'),
  chloes: cartId(e.chloe, "Chloe's cart"),
  evas: cartId(e.eva, "Eva's cart"),
  summitRestock: cartId(e.frank, 'Summit restock'),
  ginas: cartId(e.gina, "Gina's cart"),
};

export const CU = {
  anna: companyUserId(e.anna, NORTHWIND),
  ben: companyUserId(e.ben, NORTHWIND),
  chloe: companyUserId(e.chloe, NORTHWIND),
  david: companyUserId(e.david, NORTHWIND),
  eva: companyUserId(e.eva, NORTHWIND),
  evaSummit: companyUserId(e.eva, SUMMIT),
  frank: companyUserId(e.frank, SUMMIT),
  gina: companyUserId(e.gina, SUMMIT),
};

export const COMPANY = { northwind: companyId(NORTHWIND), summit: companyId(SUMMIT) };

export const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';
