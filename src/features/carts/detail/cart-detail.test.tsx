import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it } from 'vitest';
import { FULL_ACCESS, READ_ONLY } from '../../../../mocks/db/demo-seed';
import { backend, server } from '../../../../mocks/node';
import { UNCALCULATED_TOTALS } from '../../../../mocks/rules/totals';
import { CART, CU } from '../../../../mocks/test/ids';
import { answerFromMock, gluePath } from '../../../test/mock-glue';
import { renderApp } from '../../../test/render-app';
import { signInAs } from '../../../test/sign-in';

/** The amount shown next to a label in the Totals group. */
const total = (label: string) =>
  within(screen.getByRole('group', { name: 'Totals' })).getByText(label).nextElementSibling
    ?.textContent;
const itemRow = (name: string) => screen.getByRole('row', { name: new RegExp(name) });

async function openAs(persona: 'anna' | 'ben' | 'chloe', cartId: string) {
  await signInAs(persona);
  renderApp(`/carts/${cartId}`);
  return userEvent.setup();
}

describe('an owner’s cart', () => {
  it('shows items with product names, prices, quantities, line totals and totals, in one request', async () => {
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (gluePath(url.href).startsWith('/carts'))
        requests.push(`${request.method} ${gluePath(url.href)}`);
    });
    await openAs('anna', CART.q4);
    expect(
      await screen.findByRole('heading', { name: /Q4 office restock/, level: 1 }),
    ).toBeInTheDocument();
    const paper = itemRow('Copy paper A4, 500 sheets');
    expect(within(paper).getByText('NW-3001')).toBeInTheDocument();
    expect(within(paper).getByText('€5.49')).toBeInTheDocument();
    expect(
      within(paper).getByRole('spinbutton', { name: 'Quantity of Copy paper A4, 500 sheets' }),
    ).toHaveValue(10);
    expect(within(paper).getByText('€54.90')).toBeInTheDocument();
    expect(total('Subtotal')).toBe('€98.60');
    expect(total('Tax (19 % VAT included)')).toBe('€15.74');
    expect(total('Grand total')).toBe('€98.60');
    expect(screen.getByRole('button', { name: 'Rename' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument();
    // One request in all: on a cart page the header's New count reads the cart list from
    // the cache only (opened by a link, there is none to read).
    expect(requests).toEqual([`GET /carts/${CART.q4}`]);
  });

  it('changes a quantity at once and keeps Glue’s totals', async () => {
    server.use(
      http.patch('*/carts/:cartId/items/:sku', async () => {
        await delay(100);
      }),
    );
    const u = await openAs('anna', CART.q4);
    const input = await screen.findByRole('spinbutton', {
      name: 'Quantity of Copy paper A4, 500 sheets',
    });
    await u.clear(input);
    await u.type(input, '20{Enter}');
    // Optimistic: the line total changes before Glue answers.
    expect(within(itemRow('Copy paper')).getByText('€109.80')).toBeInTheDocument();
    await waitFor(() => {
      expect(total('Tax (19 % VAT included)')).toBe('€24.51');
    });
    expect(total('Grand total')).toBe('€153.50');
  });

  it('rolls a refused quantity change back and says why', async () => {
    server.use(
      http.patch('*/carts/:cartId/items/:sku', () =>
        HttpResponse.json(
          { errors: [{ status: 422, code: '114', detail: 'Cart item could not be updated.' }] },
          { status: 422 },
        ),
      ),
    );
    const u = await openAs('anna', CART.q4);
    const input = await screen.findByRole('spinbutton', {
      name: 'Quantity of Copy paper A4, 500 sheets',
    });
    await u.clear(input);
    await u.type(input, '7{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The quantity could not be changed.',
    );
    expect(input).toHaveValue(10);
    expect(within(itemRow('Copy paper')).getByText('€54.90')).toBeInTheDocument();
  });

  it('does not send a quantity below 1', async () => {
    const u = await openAs('anna', CART.q4);
    const input = await screen.findByRole('spinbutton', {
      name: 'Quantity of Copy paper A4, 500 sheets',
    });
    await u.clear(input);
    await u.type(input, '0');
    expect(screen.getByText('Enter a whole number of at least 1.')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Update quantity of Copy paper A4, 500 sheets' }),
    ).toBeDisabled();
  });

  it('removes an item', async () => {
    const u = await openAs('anna', CART.q4);
    await u.click(await screen.findByRole('button', { name: 'Remove Stapler, 40 sheets' }));
    await waitFor(() => {
      expect(screen.queryByRole('row', { name: /Stapler/ })).not.toBeInTheDocument();
    });
    expect(total('Grand total')).toBe('€80.70');
  });

  it('adds an item by SKU and quantity', async () => {
    const u = await openAs('anna', CART.emptyDraft);
    expect(await screen.findByText('This cart is empty.')).toBeInTheDocument();
    // The add form comes a moment after the items (ui/unhurried.tsx).
    await u.type(await screen.findByLabelText('Product'), 'NW-2003');
    await u.clear(screen.getByLabelText('Quantity'));
    await u.type(screen.getByLabelText('Quantity'), '2');
    await u.click(screen.getByRole('button', { name: 'Add item' }));
    expect(await screen.findByRole('row', { name: /Torque wrench/ })).toBeInTheDocument();
    expect(total('Grand total')).toBe('€179.80');
    expect(screen.getByLabelText('Product')).toHaveValue('');
  });

  it('says an unknown SKU (102) on the SKU field and keeps it', async () => {
    const u = await openAs('anna', CART.emptyDraft);
    await u.type(await screen.findByLabelText('Product'), 'NW-9999');
    await u.click(screen.getByRole('button', { name: 'Add item' }));
    expect(await screen.findByText('There is no product with this SKU.')).toBeInTheDocument();
    expect(screen.getByLabelText('Product')).toHaveValue('NW-9999');
    expect(screen.getByLabelText('Product')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says a product that exists but cannot be added (113 alone) on the SKU field', async () => {
    server.use(
      http.post('*/carts/:cartId/items', () =>
        HttpResponse.json(
          { errors: [{ status: 422, code: '113', detail: 'Cart item could not be added.' }] },
          { status: 422 },
        ),
      ),
    );
    const u = await openAs('anna', CART.emptyDraft);
    await u.type(await screen.findByLabelText('Product'), 'NW-1001');
    await u.click(screen.getByRole('button', { name: 'Add item' }));
    expect(await screen.findByText('No product with this SKU can be added.')).toBeInTheDocument();
    expect(screen.getByLabelText('Product')).toHaveValue('NW-1001');
  });

  it('addresses items by their resource id, not their SKU', async () => {
    // A Glue item whose group key differs from its SKU (as with product options).
    server.use(
      http.get('*/carts/:cartId', async ({ request }) => {
        const response = await answerFromMock(request);
        const body = (await response.json()) as {
          data: { relationships: { items: { data: { id: string }[] } } };
          included: { type: string; id: string }[];
        };
        for (const ref of body.data.relationships.items.data) ref.id = `${ref.id}-group`;
        for (const r of body.included) if (r.type === 'items') r.id = `${r.id}-group`;
        return HttpResponse.json(body, { headers: { ETag: response.headers.get('ETag') ?? '' } });
      }),
    );
    const paths: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const path = gluePath(request.url);
      if (path.includes('/items')) paths.push(`${request.method} ${path}`);
    });
    const u = await openAs('anna', CART.q4);
    await u.click(await screen.findByRole('button', { name: 'Remove Stapler, 40 sheets' }));
    await waitFor(() => {
      expect(paths).toEqual([`DELETE /carts/${CART.q4}/items/NW-3003-group`]);
    });
  });

  it('shows no total rather than breaking when Glue sends null totals', async () => {
    server.use(
      http.get('*/carts/:cartId', async ({ request }) => {
        const response = await answerFromMock(request);
        const body = (await response.json()) as { data: { attributes: { totals: unknown } } };
        body.data.attributes.totals = UNCALCULATED_TOTALS;
        return HttpResponse.json(body);
      }),
    );
    await openAs('anna', CART.q4);
    expect(await screen.findByRole('group', { name: 'Totals' })).toHaveTextContent(
      'Not calculated yet',
    );
    expect(
      screen.getByRole('heading', { name: /^Q4 office restock/, level: 1 }),
    ).toBeInTheDocument();
  });

  it('says a quantity refused by Glue (901) on the quantity field', async () => {
    server.use(
      http.post('*/carts/:cartId/items', () =>
        HttpResponse.json(
          {
            errors: [
              {
                status: 422,
                code: '901',
                detail: 'quantity => This value should be greater than 0.',
              },
            ],
          },
          { status: 422 },
        ),
      ),
    );
    const u = await openAs('anna', CART.emptyDraft);
    await u.type(await screen.findByLabelText('Product'), 'NW-1001');
    await u.click(screen.getByRole('button', { name: 'Add item' }));
    expect(await screen.findByText('Enter a whole number of at least 1.')).toBeInTheDocument();
    expect(screen.getByLabelText('Quantity')).toHaveAttribute('aria-invalid', 'true');
  });

  it('renames the cart', async () => {
    const u = await openAs('anna', CART.emptyDraft);
    await u.click(await screen.findByRole('button', { name: 'Rename' }));
    const field = screen.getByLabelText('New name');
    await u.clear(field);
    await u.type(field, 'Draft for May');
    await u.click(screen.getByRole('button', { name: 'Save name' }));
    expect(
      await screen.findByRole('heading', { name: 'Draft for May', level: 1 }),
    ).toBeInTheDocument();
  });
});

describe('deleting a cart', () => {
  it('as owner: names the colleagues it disappears for, then deletes and returns to the list', async () => {
    const u = await openAs('anna', CART.workshop);
    await u.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Workshop tools”?' });
    expect(dialog).toHaveTextContent(
      'It is shared with these colleagues and will disappear for them too',
    );
    expect(within(dialog).getByText('Ben Ortiz (ben.ortiz@northwind.example)')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Chloe Nguyen (chloe.nguyen@northwind.example)'),
    ).toBeInTheDocument();
    await u.click(within(dialog).getByRole('button', { name: 'Delete cart' }));
    const heading = await screen.findByRole('heading', { name: 'Your carts' });
    // Focus moves in an effect after the list page appears.
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(screen.getByText('“Workshop tools” was deleted.')).toHaveAttribute('role', 'status');
    expect(backend.db.carts.has(CART.workshop)).toBe(false);
  });

  it('as full-access colleague: says it is removed for everyone, the owner included', async () => {
    const u = await openAs('ben', CART.q4);
    await u.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('dialog')).toHaveTextContent(
      'Deleting it removes it for everyone, its owner included.',
    );
  });

  it('explains why the last own cart cannot be deleted (105)', async () => {
    const u = await openAs('chloe', CART.chloes);
    await u.click(await screen.findByRole('button', { name: 'Delete' }));
    await u.click(screen.getByRole('button', { name: 'Delete cart' }));
    expect(await within(screen.getByRole('dialog')).findByRole('alert')).toHaveTextContent(
      'This is your only cart and you always keep at least one.',
    );
  });

  it('is a modal <dialog>, closes on Escape and gives focus back to Delete', async () => {
    // Keeping Tab inside is the browser's work for a modal <dialog> (e2e keyboard.spec).
    const u = await openAs('anna', CART.emptyDraft);
    const deleteButton = await screen.findByRole('button', { name: 'Delete' });
    await u.click(deleteButton);
    const dialog = screen.getByRole('dialog', { name: 'Delete “Empty draft”?' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog).toHaveAttribute('open');
    expect(screen.getByRole('button', { name: 'Delete cart' })).toHaveFocus();
    await u.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(deleteButton).toHaveFocus();
  });
});

describe('a cart shared with you', () => {
  it('read-only: a clear banner and no edit controls at all', async () => {
    await openAs('ben', CART.workshop);
    expect(await screen.findByText('Shared with you — read-only.')).toBeInTheDocument();
    expect(within(itemRow('Cordless drill')).getByRole('cell', { name: '2' })).toBeInTheDocument();
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    for (const name of ['Rename', 'Delete', 'Add item', /Remove/]) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });

  it('full access: says so and lets you edit', async () => {
    await openAs('ben', CART.q4);
    expect(await screen.findByText('Shared with you — full access.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Add item' })).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('spinbutton')).toHaveLength(3);
  });

  it('shows a 115 refusal when the owner made it read-only meanwhile, and turns read-only', async () => {
    const u = await openAs('ben', CART.q4);
    const input = await screen.findByRole('spinbutton', {
      name: 'Quantity of Copy paper A4, 500 sheets',
    });
    const share = [...backend.db.shares.values()].find(
      (s) => s.cartId === CART.q4 && s.companyUserId === CU.ben,
    );
    expect(share?.permissionGroupId).toBe(FULL_ACCESS);
    if (share) share.permissionGroupId = READ_ONLY;
    await u.clear(input);
    await u.type(input, '11{Enter}');
    expect(
      await screen.findByText(/^You can no longer change this cart: it is read-only for you now\./),
    ).toBeInTheDocument();
    expect(await screen.findByText('Shared with you — read-only.')).toBeInTheDocument();
    // The page keeps its form, read-only, until the user asks for the read-only view.
    expect(await screen.findByText('This cart is now read-only for you.')).toBeInTheDocument();
    expect(input).toHaveAttribute('readonly');
    await u.click(screen.getByRole('button', { name: 'Show the read-only view' }));
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
  });
});

describe('a cart you may not see', () => {
  it('says it does not exist or is not shared with you (101), with a way back', async () => {
    await openAs('chloe', CART.q4);
    expect(await screen.findByRole('heading', { name: 'Cart not available' })).toBeInTheDocument();
    expect(
      screen.getByText('This cart does not exist or is not shared with you.'),
    ).toBeInTheDocument();
    // Glue's 101 does not say which of the two it is: neither does the page.
    expect(screen.getByText(/ask the cart’s owner to share it with you/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to your carts' })).toHaveAttribute(
      'href',
      '/carts',
    );
  });
});

describe('fresh data', () => {
  it('shows a colleague’s change when you come back to the tab', async () => {
    await openAs('ben', CART.q4);
    expect(
      await screen.findByRole('heading', { name: /Q4 office restock/, level: 1 }),
    ).toBeInTheDocument();
    const cart = backend.db.carts.get(CART.q4);
    if (cart) cart.name = 'Q4 restock (renamed by Anna)';
    window.dispatchEvent(new Event('visibilitychange'));
    expect(
      await screen.findByRole('heading', { name: /Q4 restock \(renamed by Anna\)/, level: 1 }),
    ).toBeInTheDocument();
  });
});
