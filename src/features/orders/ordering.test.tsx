// Ordering a shared cart (docs/glue-api.md §11): who is offered it, the form, one
// POST /checkout per click, the confirmation, refusals in plain words with the choices
// kept, a lost answer checked before anything is said, vouchers and thresholds.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { backend, server } from '../../../mocks/node';
import { CART } from '../../../mocks/test/ids';
import { DEFAULT_TIMEOUTS } from '../../lib/json-api/client';
import { glueTimeouts } from '../../lib/glue/client';
import { answerFromMock, gluePath } from '../../test/mock-glue';
import { renderApp } from '../../test/render-app';
import { signInAs } from '../../test/sign-in';

type Persona = Parameters<typeof signInAs>[0];

async function openOrderForm(persona: Persona, cartId: string) {
  await signInAs(persona);
  renderApp(`/carts/${cartId}`);
  const u = userEvent.setup();
  await u.click(await screen.findByRole('link', { name: 'Order this cart' }));
  const form = await screen.findByRole('form', { name: 'Place the order' });
  return { u, form };
}

function checkoutRequests() {
  const sent: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const path = gluePath(request.url);
    if (path === '/checkout' || path.startsWith('/orders')) {
      sent.push(`${request.method} ${path}${new URL(request.url).search}`);
    }
  });
  return sent;
}

/** The amount next to a label in a totals list. */
const amountIn = (scope: HTMLElement, label: string) =>
  within(scope).getByText(label).nextElementSibling?.textContent;

const totalIn = (scope: HTMLElement, label: string) =>
  within(within(scope).getByRole('region', { name: 'Summary' })).getByText(label).nextElementSibling
    ?.textContent;

afterEach(() => {
  Object.assign(glueTimeouts, DEFAULT_TIMEOUTS);
});

describe('ordering a shared cart', () => {
  it('Ben (full access) orders Q4 with Express: one request, then the confirmation', async () => {
    const { u, form } = await openOrderForm('ben', CART.q4);
    expect(
      screen.getByRole('heading', { name: 'Order “Q4 office restock”', level: 1 }),
    ).toBeVisible();
    expect(
      within(form).getByRole('radio', { name: /Ben Ortiz, Northwind Supplies GmbH/ }),
    ).toBeChecked();
    expect(within(form).getByText('Werkstattweg 3, 22525 Hamburg')).toBeVisible();
    await u.click(within(form).getByRole('radio', { name: 'Express (DHL) — €5.90' }));
    expect(within(form).getByText('By invoice: the only way your company pays.')).toBeVisible();
    expect(totalIn(form, 'Subtotal')).toBe('€98.60');
    expect(totalIn(form, 'Shipping')).toBe('€5.90');
    expect(totalIn(form, 'Grand total')).toBe('€104.50');
    const sent = checkoutRequests();
    const place = within(form).getByRole('button', { name: 'Place order' });
    await u.dblClick(place);
    expect(
      await screen.findByRole('heading', { name: 'Order DE--1002 placed', level: 1 }),
    ).toHaveFocus();
    expect(sent).toEqual(['POST /checkout?include=orders']);
    expect(screen.getByText('10 × Copy paper A4, 500 sheets')).toBeVisible();
    expect(screen.getByText('Express (DHL)')).toBeVisible();
    // Q4 is shared with Ben alone, and Glue does not say who owns it: nobody to tell.
    expect(screen.queryByRole('link', { name: 'Tell the colleagues' })).not.toBeInTheDocument();
    expect(backend.db.carts.has(CART.q4)).toBe(false);
    expect(backend.db.orders.get('DE--1002')?.shipments[0]?.name).toBe('Express');
  });

  it('offers the owner one email to everyone the cart was shared with', async () => {
    const { u, form } = await openOrderForm('anna', CART.workshop);
    await u.click(within(form).getByRole('button', { name: 'Place order' }));
    const tell = await screen.findByRole('link', { name: 'Tell the colleagues' });
    const href = tell.getAttribute('href') ?? '';
    expect(href).toMatch(
      /^mailto:ben\.ortiz@northwind\.example,chloe\.nguyen@northwind\.example\?subject=Ordered%3A%20DE--1002&body=/,
    );
    expect(decodeURIComponent(href.split('body=')[1] ?? '')).toBe(
      [
        'I have ordered our shared cart “Workshop tools” as DE--1002:',
        '',
        '2 × Cordless drill 18 V',
        '2 × Drill bit set, 19 pcs',
        '',
        'Total: €311.90',
        'It goes to: Anna Keller, Hafenstraße 12, 20457 Hamburg, Germany',
      ].join('\n'),
    );
  });

  it('is not offered to a read-only recipient, who can still copy the cart', async () => {
    await signInAs('chloe');
    renderApp(`/carts/${CART.workshop}`);
    expect(await screen.findByRole('button', { name: 'Copy to my carts' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Order this cart' })).not.toBeInTheDocument();
  });

  it('says by how much a cart is under the minimum, and does not let it be ordered', async () => {
    await signInAs('eva');
    renderApp(`/carts/${CART.evas}`);
    expect(
      await screen.findByText('Add €16.10 more to order: the minimum order is €40.00.'),
    ).toBeVisible();
    expect(
      screen.getByText(
        'Add €976.10 more to reach the recommended minimum order of €1,000.00. You can order now anyway.',
      ),
    ).toBeVisible();
    const u = userEvent.setup();
    await u.click(screen.getByRole('link', { name: 'Order this cart' }));
    // Glue refuses the form's data of a cart under a hard threshold: the page says by how much.
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This cart cannot be ordered as it is:Add €16.10 more to order: the minimum order is €40.00.',
    );
  });

  it('shows Glue’s purchasing-limit refusal in plain words, and who else can order it', async () => {
    const { u, form } = await openOrderForm('gina', CART.summitRestock);
    await u.click(within(form).getByRole('button', { name: 'Place order' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent(
      "The shop did not accept the order:You can't place this order because of your purchasing limit, please send your cart for approval or contact your manager.Who else can order this cart: its owner.",
    );
    expect(within(form).getByRole('radio', { name: /Standard \(DHL\)/ })).toBeChecked();
    expect(backend.db.carts.has(CART.summitRestock)).toBe(true);
  });

  it('says so when someone else ordered the cart meanwhile (1103)', async () => {
    const { u, form } = await openOrderForm('ben', CART.q4);
    backend.db.carts.delete(CART.q4);
    await u.click(within(form).getByRole('button', { name: 'Place order' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'This cart is no longer there: someone ordered or deleted it meanwhile. No order was placed by you.',
    );
  });
});

describe('a Place order whose answer is lost', () => {
  function checkoutHangs(applies: boolean) {
    glueTimeouts.writeMs = 200;
    server.use(
      http.post('*/checkout', async ({ request }) => {
        if (applies) await answerFromMock(request);
        return new Promise<never>(() => undefined);
      }),
    );
  }

  it('finds the order when the cart is gone, and confirms it', async () => {
    const { u, form } = await openOrderForm('ben', CART.q4);
    checkoutHangs(true);
    const sent = checkoutRequests();
    await u.click(within(form).getByRole('button', { name: 'Place order' }));
    expect(await screen.findByRole('heading', { name: 'Order DE--1002 placed' })).toBeVisible();
    expect(sent).toEqual([
      'POST /checkout?include=orders',
      'GET /orders?sort=-createdAt&page[offset]=0&page[limit]=5',
      'GET /orders/DE--1002',
    ]);
  });

  it('says no order was placed when the cart is still there, keeping the choices', async () => {
    const { u, form } = await openOrderForm('ben', CART.q4);
    await u.click(within(form).getByRole('radio', { name: 'Express (DHL) — €5.90' }));
    checkoutHangs(false);
    await u.click(within(form).getByRole('button', { name: 'Place order' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'The shop did not answer, and no order was placed: the cart is still there. Your choices are kept; try again.',
    );
    expect(within(form).getByRole('radio', { name: 'Express (DHL) — €5.90' })).toBeChecked();
    expect(backend.db.orders.size).toBe(1);
  });
});

describe('vouchers and thresholds on the cart page', () => {
  it('Anna redeems NW-WELCOME5, sees the discount and the new total, and removes it', async () => {
    await signInAs('anna');
    renderApp(`/carts/${CART.q4}`);
    const u = userEvent.setup();
    const field = await screen.findByRole('textbox', { name: 'Voucher code' });
    await u.type(field, 'NW-EXPIRED{Enter}');
    expect(await screen.findByText('This code can’t be used on this cart.')).toBeVisible();
    expect(field).toHaveValue('NW-EXPIRED');
    await u.clear(field);
    await u.type(field, 'NW-WELCOME5{Enter}');
    const totals = screen.getByRole('group', { name: 'Totals' });
    expect(await within(totals).findByText('5 € welcome discount (NW-WELCOME5)')).toBeVisible();
    expect(amountIn(totals, 'Grand total')).toBe('€93.60');
    expect(field).toHaveValue('');
    await u.click(screen.getByRole('button', { name: 'Remove NW-WELCOME5' }));
    await waitFor(() => {
      expect(within(totals).queryByText(/welcome discount/)).not.toBeInTheDocument();
    });
    expect(amountIn(totals, 'Grand total')).toBe('€98.60');
  });

  it('shows a recipient the discounts, but no voucher field', async () => {
    const q4 = backend.db.carts.get(CART.q4);
    if (q4) q4.vouchers = ['NW-TEN'];
    await signInAs('ben');
    renderApp(`/carts/${CART.q4}`);
    expect(await screen.findByText('10 % on office supplies (NW-TEN)')).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Voucher code' })).not.toBeInTheDocument();
  });
});

describe('orders', () => {
  it('lists Anna’s orders, newest first, and opens one', async () => {
    await signInAs('anna');
    renderApp('/orders');
    const u = userEvent.setup();
    const row = await screen.findByRole('row', { name: /DE--1001/ });
    expect(row).toHaveTextContent('€114.70');
    await u.click(within(row).getByRole('link', { name: 'DE--1001' }));
    expect(await screen.findByRole('heading', { name: 'Order DE--1001', level: 1 })).toBeVisible();
    expect(screen.getByText('20 × Copy paper A4, 500 sheets')).toBeVisible();
    expect(screen.getByText('Standard (DHL)')).toBeVisible();
    expect(screen.getByText('Hafenstraße 12')).toBeVisible();
  });

  it('pages 121 orders twenty at a time', async () => {
    backend.reset({ scenario: 'large' });
    await signInAs('anna');
    renderApp('/orders');
    const u = userEvent.setup();
    expect(await screen.findByText('Page 1 of 7')).toBeVisible();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(21);
    await u.click(screen.getByRole('button', { name: 'Older orders' }));
    expect(await screen.findByText('Page 2 of 7')).toBeVisible();
    expect(window.location.search).toBe('?page=2');
  });
});
