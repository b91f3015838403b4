// The order form's choices and Place order. What was chosen stays whatever Glue answers;
// a hard threshold disables Place order and says by how much the cart is off.
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../lib/i18n/i18n-context';
import { errorMessage } from '../../lib/json-api/error-message';
import { GlueError } from '../../lib/json-api/glue-error';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { formatMoney } from '../../ui/money';
import type { Cart } from '../carts/public';
import type { BusinessUnitAddress, Buyer, CheckoutData, Order } from './order-model';
import { OrderSummary } from './order-summary';
import { OrderNotPlacedError, OrderUnknownError, usePlaceOrder } from './use-place-order';

interface OrderFormProps {
  cart: Cart;
  checkout: CheckoutData;
  buyer: Buyer;
  onPlaced: (order: Order) => void;
}

const addressText = (address: BusinessUnitAddress) =>
  [
    `${address.address1} ${address.address2}`.trim(),
    address.address3,
    `${address.zipCode} ${address.city}`,
  ]
    .filter((part) => part !== '')
    .join(', ');

export function OrderForm({ cart, checkout, buyer, onPlaced }: OrderFormProps) {
  const id = useId();
  const { t, locale } = useI18n();
  const money = (cents: number) => formatMoney(cents, cart.currency, locale);
  const [methodId, setMethodId] = useState(checkout.methods[0]?.id ?? '');
  const [addressId, setAddressId] = useState(checkout.addresses[0]?.id ?? '');
  const place = usePlaceOrder(cart.id);
  // One POST /checkout per order, however fast the clicks (Glue has no idempotency).
  const sending = useRef(false);
  const method = checkout.methods.find((m) => m.id === methodId) ?? null;
  const address = checkout.addresses.find((a) => a.id === addressId) ?? null;
  const blocking = cart.thresholds.filter(
    (th) => th.kind === 'hard-minimum' || th.kind === 'hard-maximum',
  );
  const soft = cart.thresholds.find((th) => th.kind === 'soft-minimum');
  const ready = method !== null && address !== null && blocking.length === 0;

  return (
    <form
      className="stack order-form"
      aria-label={t('order.formLabel')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!ready || sending.current) return;
        sending.current = true;
        place.mutate(
          { cartId: cart.id, methodId, address, buyer },
          {
            onSuccess: onPlaced,
            onSettled() {
              sending.current = false;
            },
          },
        );
      }}
    >
      <fieldset className="picker">
        <legend>{t('order.deliveryTo')}</legend>
        {checkout.addresses.length === 0 && <p>{t('order.noAddress')}</p>}
        {checkout.addresses.map((option) => (
          <label key={option.id} className="picker-option" htmlFor={`${id}-a-${option.id}`}>
            <input
              id={`${id}-a-${option.id}`}
              type="radio"
              name={`${id}-address`}
              checked={option.id === addressId}
              onChange={() => {
                setAddressId(option.id);
              }}
            />
            <span className="picker-text">
              {t('order.addressOption', {
                name: `${buyer.firstName} ${buyer.lastName}`.trim(),
                company: buyer.company,
              })}
              <span className="picker-description">{addressText(option)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="picker">
        <legend>{t('order.shipment')}</legend>
        {checkout.methods.map((option) => (
          <label key={option.id} className="picker-option" htmlFor={`${id}-m-${option.id}`}>
            <input
              id={`${id}-m-${option.id}`}
              type="radio"
              name={`${id}-method`}
              checked={option.id === methodId}
              onChange={() => {
                setMethodId(option.id);
              }}
            />
            <span className="picker-text">
              {t('order.methodOption', {
                name: option.name,
                carrier: option.carrierName,
                price: money(option.price),
              })}
            </span>
          </label>
        ))}
      </fieldset>
      <section aria-labelledby={`${id}-payment`}>
        <h2 id={`${id}-payment`}>{t('order.payment')}</h2>
        <p>{t('order.invoiceText')}</p>
      </section>
      <OrderSummary cart={cart} shipping={method?.price ?? null} />
      {soft && (
        <p className="field-hint">
          {t('threshold.soft', { amount: money(soft.delta), threshold: money(soft.threshold) })}
        </p>
      )}
      {blocking.map((threshold) => (
        <Alert key={threshold.kind} tone="info">
          {t(threshold.kind === 'hard-minimum' ? 'threshold.hardMin' : 'threshold.hardMax', {
            amount: money(threshold.delta),
            threshold: money(threshold.threshold),
          })}
        </Alert>
      ))}
      {place.isError && <PlaceOrderProblem error={place.error} cart={cart} buyer={buyer} />}
      <div className="actions">
        <Button
          type="submit"
          disabled={!ready}
          pending={place.isPending}
          pendingLabel={t('order.placing')}
        >
          {t('order.place')}
        </Button>
      </div>
    </form>
  );
}

/** Why no order was placed, in plain words — Glue's own, where it gave some. */
function PlaceOrderProblem({ error, cart, buyer }: { error: unknown; cart: Cart; buyer: Buyer }) {
  const { t } = useI18n();
  if (error instanceof OrderNotPlacedError) {
    return <Alert tone="error">{t('order.notPlaced')}</Alert>;
  }
  if (error instanceof OrderUnknownError) {
    return (
      <Alert tone="error">
        {t('order.unknown')} <Link to="/orders">{t('order.yourOrders')}</Link>
      </Alert>
    );
  }
  const refusals =
    error instanceof GlueError
      ? error.errors.filter((e) => e.code === '1102' || e.code === '1101')
      : [];
  if (refusals.length === 0) return <Alert tone="error">{errorMessage(error, t, 'order')}</Alert>;
  // Who else could order it, as far as the cart's shares tell (Glue says no more).
  const others = cart.shares
    .filter((share) => share.permission === 'FULL_ACCESS' && share.person)
    .filter((share) => share.person?.email.toLowerCase() !== buyer.email.toLowerCase())
    .map((share) => share.person?.name ?? '');
  if (cart.access !== 'owner') others.unshift(t('order.theOwner'));
  return (
    <Alert tone="error">
      <p>{t('order.refused')}</p>
      <ul>
        {refusals.map((refusal) => (
          <li key={refusal.detail}>{refusal.detail}</li>
        ))}
      </ul>
      {others.length > 0 && <p>{t('order.othersMayOrder', { names: others.join(', ') })}</p>}
    </Alert>
  );
}
