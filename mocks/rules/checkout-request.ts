// The attribute rules (422 `901`) and the request validators (`1107`, `4301`–`4304`) of
// `POST /checkout-data` and `POST /checkout` (docs/glue-api.md §11a, §11b, §11k.7), as
// plain checks over the request's attributes: the field names are nested
// (`billingAddress.city`), so each error names its path as Glue does.
import { type GlueFailure, combine, fail, validationFail } from './glue-failure';

type Attributes = Record<string, unknown>;
type Message = { field: string; message: string };

const MISSING = 'This field is missing.';
const BLANK = 'This value should not be blank.';
const ADDRESS_FIELDS = [
  'salutation',
  'firstName',
  'lastName',
  'address1',
  'address2',
  'zipCode',
  'city',
  'iso2Code',
] as const;

export const isObject = (value: unknown): value is Attributes =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isBlank = (value: unknown) => typeof value !== 'string' || value.trim() === '';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function required(messages: Message[], object: Attributes, key: string, field: string) {
  if (!(key in object)) messages.push({ field, message: MISSING });
  else if (isBlank(object[key])) messages.push({ field, message: BLANK });
}

/** An address: full fields, or an address id (then no "missing" errors, §11a, §11k.6). */
function checkAddress(messages: Message[], address: unknown, prefix: string) {
  const fields = isObject(address) ? address : {};
  const byId = 'id' in fields || 'idCompanyBusinessUnitAddress' in fields;
  for (const key of ADDRESS_FIELDS) {
    if (!(key in fields)) {
      if (!byId) messages.push({ field: `${prefix}.${key}`, message: MISSING });
    } else if (isBlank(fields[key])) {
      messages.push({ field: `${prefix}.${key}`, message: BLANK });
    }
  }
  const city = fields.city;
  if (typeof city === 'string' && city.trim() !== '' && city.trim().length < 3) {
    messages.push({
      field: `${prefix}.city`,
      message: 'This value is too short. It should have 3 characters or more.',
    });
  }
}

function checkCustomer(messages: Message[], customer: unknown) {
  const fields = isObject(customer) ? customer : {};
  required(messages, fields, 'salutation', 'customer.salutation');
  if (!('email' in fields)) messages.push({ field: 'customer.email', message: MISSING });
  else if (typeof fields.email !== 'string' || !EMAIL.test(fields.email)) {
    messages.push({ field: 'customer.email', message: 'Email is invalid.' });
  }
}

function checkPayments(messages: Message[], payments: unknown, needed: boolean) {
  if (payments === undefined) {
    if (needed) messages.push({ field: 'payments', message: MISSING });
    return;
  }
  const list = Array.isArray(payments) ? payments : [];
  if (list.length === 0 && needed) {
    messages.push({
      field: 'payments',
      message: 'This collection should contain 1 element or more.',
    });
  }
  list.forEach((payment, index) => {
    const fields = isObject(payment) ? payment : {};
    required(messages, fields, 'paymentMethodName', `payments.${String(index)}.paymentMethodName`);
    required(
      messages,
      fields,
      'paymentProviderName',
      `payments.${String(index)}.paymentProviderName`,
    );
  });
}

function checkShipment(messages: Message[], shipment: unknown) {
  const fields = isObject(shipment) ? shipment : {};
  const id = fields.idShipmentMethod;
  if (!('idShipmentMethod' in fields)) {
    messages.push({ field: 'shipment.idShipmentMethod', message: MISSING });
  } else if (!/^\d+$/.test(String(id)) || typeof id === 'boolean') {
    messages.push({
      field: 'shipment.idShipmentMethod',
      message: 'This value should be of type numeric.',
    });
  }
}

function checkSplitShipments(messages: Message[], shipments: unknown[]) {
  shipments.forEach((group, index) => {
    const fields = isObject(group) ? group : {};
    if (!('shippingAddress' in fields)) {
      messages.push({ field: `shipments.${String(index)}.shippingAddress`, message: BLANK });
    }
    const date = fields.requestedDeliveryDate;
    if (
      date !== undefined &&
      date !== null &&
      (typeof date !== 'string' ||
        !/^\d{4}-\d{2}-\d{2}$/.test(date) ||
        Number.isNaN(Date.parse(date)))
    ) {
      messages.push({
        field: `shipments.${String(index)}.requestedDeliveryDate`,
        message: 'This value is not a valid date.',
      });
    }
  });
}

/** Step 1 of §11.0: every failing field is its own 422 `901`, all in one answer. */
export function attributeProblems(
  attributes: Attributes,
  kind: 'checkout-data' | 'checkout',
): GlueFailure | null {
  const messages: Message[] = [];
  required(messages, attributes, 'idCart', 'idCart');
  if ('customer' in attributes) checkCustomer(messages, attributes.customer);
  if ('billingAddress' in attributes) {
    checkAddress(messages, attributes.billingAddress, 'billingAddress');
  } else if (kind === 'checkout') {
    messages.push({ field: 'billingAddress', message: MISSING });
  }
  if ('shippingAddress' in attributes) {
    checkAddress(messages, attributes.shippingAddress, 'shippingAddress');
  }
  checkPayments(messages, attributes.payments, kind === 'checkout');
  if ('shipment' in attributes) checkShipment(messages, attributes.shipment);
  if (Array.isArray(attributes.shipments)) checkSplitShipments(messages, attributes.shipments);
  return messages.length > 0 ? validationFail(messages) : null;
}

/** Step 2 of §11.0: Glue's request validators; all run, their errors come back together. */
export function requestProblems(
  attributes: Attributes,
  kind: 'checkout-data' | 'checkout',
): GlueFailure | null {
  const failures: GlueFailure[] = [];
  const payments = Array.isArray(attributes.payments) ? attributes.payments : [];
  if (payments.length > 1) failures.push(fail('1107'));
  const split = Array.isArray(attributes.shipments) ? attributes.shipments : null;
  if (split) {
    if ('shipment' in attributes || 'shippingAddress' in attributes) failures.push(fail('4301'));
    const emptyAddress = split.some(
      (group) =>
        isObject(group) &&
        isObject(group.shippingAddress) &&
        Object.keys(group.shippingAddress).length === 0,
    );
    if (emptyAddress) failures.push(fail('4302'));
    if (split.length === 0 && kind === 'checkout') failures.push(fail('4304'));
  } else if (
    kind === 'checkout' &&
    (!('shipment' in attributes) || !('shippingAddress' in attributes))
  ) {
    failures.push(fail('4303'));
  }
  return failures.length > 0 ? combine(...failures) : null;
}
