import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it } from 'vitest';
import { LARGE_SCENARIO_SIZES } from '../../../../mocks/db/large-scenario';
import { backend, server } from '../../../../mocks/node';
import { renderApp } from '../../../test/render-app';
import { signInAs } from '../../../test/sign-in';
import { gluePath } from '../../../test/mock-glue';

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const rowOf = (name: string) => screen.getByRole('row', { name: new RegExp(name) });

describe('the cart list', () => {
  it('shows every cart with default first, then by name, with access, items, total and sharing', async () => {
    await signInAs('anna');
    renderApp('/carts');
    expect(await screen.findByRole('link', { name: 'Q4 office restock' })).toBeInTheDocument();
    expect(rows().map((row) => within(row).getAllByRole('link')[0]?.textContent)).toEqual([
      'Q4 office restock',
      'Empty draft',
      'Safety gear',
      'Workshop tools',
    ]);
    const q4 = rowOf('Q4 office restock');
    expect(within(q4).getByText('Default')).toBeInTheDocument();
    expect(within(q4).getByText('Owner')).toBeInTheDocument();
    expect(within(q4).getByRole('cell', { name: '€98.60' })).toBeInTheDocument();
    expect(within(q4).getByRole('cell', { name: '3' })).toBeInTheDocument();
    expect(within(q4).getByRole('cell', { name: '1 colleague' })).toBeInTheDocument();
    expect(
      within(rowOf('Workshop tools')).getByRole('cell', { name: '2 colleagues' }),
    ).toBeInTheDocument();
    const safety = rowOf('Safety gear');
    expect(within(safety).getByText('Read-only')).toBeInTheDocument();
    expect(within(safety).getByRole('cell', { name: 'Shared with you' })).toBeInTheDocument();
    expect(within(rowOf('Empty draft')).getByRole('cell', { name: '€0.00' })).toBeInTheDocument();
  });

  it('loads everything in one Glue request', async () => {
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (gluePath(url.href).startsWith('/carts'))
        requests.push(`${request.method} ${gluePath(url.href)}`);
    });
    await signInAs('ben');
    renderApp('/carts');
    await screen.findByRole('link', { name: 'Safety gear' });
    expect(requests).toEqual(['GET /carts']);
  });

  it('shows every cart of a big account (504), in order, the first rows first', async () => {
    backend.reset({ scenario: 'large' });
    // Her four demo carts, and the scenario's.
    const all = 4 + LARGE_SCENARIO_SIZES.annasExtraCarts + LARGE_SCENARIO_SIZES.cartsSharedWithAnna;
    await signInAs('anna');
    renderApp('/carts');
    expect(await screen.findByRole('link', { name: 'Q4 office restock' })).toBeInTheDocument();
    // The rows past the first FIRST_ROWS come in background renders; the table says it is
    // busy until all are there. Waiting for that (a cheap attribute, not 504 rows counted
    // every 50 ms) takes what the machine takes: the generous limit only catches a hang.
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-busy', 'true');
    await waitFor(
      () => {
        expect(table).toHaveAttribute('aria-busy', 'false');
      },
      { timeout: 100_000 },
    );
    expect(rows()).toHaveLength(all);
    const names = rows().map((row) => within(row).getAllByRole('link')[0]?.textContent ?? '');
    expect(names[0]).toBe('Q4 office restock');
    const rest = names.slice(1);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'en')));
    expect(new Set(names).size).toBe(all);
  }, 120_000);

  it('filters mine and shared with me, and keeps the filter in the address', async () => {
    await signInAs('ben');
    renderApp('/carts');
    await screen.findByRole('link', { name: 'Safety gear' });
    const u = userEvent.setup();
    await u.click(screen.getByRole('radio', { name: 'Shared with me' }));
    expect(rows()).toHaveLength(2);
    expect(screen.queryByRole('link', { name: 'Safety gear' })).not.toBeInTheDocument();
    expect(window.location.search).toBe('?view=shared');
    expect(within(rowOf('Q4 office restock')).getByText('Full access')).toBeInTheDocument();
    await u.click(screen.getByRole('radio', { name: 'Mine' }));
    expect(rows()).toHaveLength(1);
    await u.click(screen.getByRole('radio', { name: 'All' }));
    expect(rows()).toHaveLength(3);
  });

  it('says when nothing is shared with you', async () => {
    await signInAs('frank');
    renderApp('/carts?view=shared');
    expect(
      await screen.findByText('No colleague has shared a cart with you yet.'),
    ).toBeInTheDocument();
  });

  it('says when you have no carts at all', async () => {
    backend.db.carts.clear();
    backend.db.shares.clear();
    await signInAs('gina');
    renderApp('/carts');
    expect(
      await screen.findByText('You have no carts yet. Create one to start an order.'),
    ).toBeInTheDocument();
  });

  it('shows a loading state first', async () => {
    server.use(
      http.get('*/carts', async () => {
        await delay(100);
      }),
    );
    await signInAs('anna');
    renderApp('/carts');
    expect(await screen.findByRole('status')).toHaveTextContent('Loading your carts…');
    expect(await screen.findByRole('link', { name: 'Q4 office restock' })).toBeInTheDocument();
  });

  it('shows an error with Retry, and Retry recovers', async () => {
    let fail = true;
    server.use(
      http.get('*/carts', () =>
        fail
          ? HttpResponse.json(
              { errors: [{ status: 500, detail: 'Internal Server Error' }] },
              { status: 500 },
            )
          : undefined,
      ),
    );
    await signInAs('anna');
    renderApp('/carts');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The shop could not complete this request. Please try again.',
    );
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Q4 office restock' })).toBeInTheDocument();
  });

  it('says when the shop cannot be reached', async () => {
    server.use(http.get('*/carts', () => HttpResponse.error()));
    await signInAs('anna');
    renderApp('/carts');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The shop could not be reached. Check your connection and try again.',
    );
  });
});

describe('creating a cart', () => {
  const openForm = async () => {
    renderApp('/carts');
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'New cart' }));
    // The form's code loads on demand (see CartListPage).
    await screen.findByLabelText('Cart name');
    return u;
  };

  it('creates it with the price mode, currency and store of the default cart, and opens it', async () => {
    const bodies: unknown[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && gluePath(request.url) === '/carts') {
        void request
          .clone()
          .json()
          .then((body: unknown) => bodies.push(body));
      }
    });
    await signInAs('anna');
    const u = await openForm();
    await u.type(screen.getByLabelText('Cart name'), 'Spring order');
    await u.click(screen.getByRole('button', { name: 'Create cart' }));
    expect(
      await screen.findByRole('heading', { name: /^Spring order/, level: 1 }),
    ).toBeInTheDocument();
    expect(window.location.pathname).toMatch(/^\/carts\/[0-9a-f-]{36}$/);
    expect(bodies).toEqual([
      {
        data: {
          type: 'carts',
          attributes: {
            name: 'Spring order',
            priceMode: 'GROSS_MODE',
            currency: 'EUR',
            store: 'DE',
          },
        },
      },
    ]);
    // The new cart is the default now (Glue says so); its totals come with the next read.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Default');
    expect(await screen.findByRole('group', { name: 'Totals' })).toHaveTextContent('€0.00');
  });

  it('takes the build’s defaults when the user has no cart of their own', async () => {
    const bodies: { data: { attributes: Record<string, unknown> } }[] = [];
    server.use(
      http.get('*/carts', () =>
        HttpResponse.json({ data: [], links: { self: 'http://glue.test/carts' } }),
      ),
    );
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && gluePath(request.url) === '/carts') {
        void request
          .clone()
          .json()
          .then((body: unknown) => bodies.push(body as (typeof bodies)[number]));
      }
    });
    await signInAs('ben');
    const u = await openForm();
    await u.type(screen.getByLabelText('Cart name'), 'First');
    await u.click(screen.getByRole('button', { name: 'Create cart' }));
    await screen.findByRole('heading', { name: /^First/, level: 1 });
    expect(bodies[0]?.data.attributes).toEqual({
      name: 'First',
      priceMode: 'GROSS_MODE',
      currency: 'EUR',
      store: 'DE',
    });
  });

  it.each([
    ['', 'Please fill in this field.'],
    ['   ', 'Please fill in this field.'],
    ['x'.repeat(31), 'Use at most 30 characters.'],
  ])('checks the name %j before sending it', async (name, message) => {
    const posts: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && gluePath(request.url) === '/carts') posts.push(request.url);
    });
    await signInAs('anna');
    const u = await openForm();
    if (name) await u.type(screen.getByLabelText('Cart name'), name);
    await u.click(screen.getByRole('button', { name: 'Create cart' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByLabelText('Cart name')).toHaveValue(name);
    expect(posts).toEqual([]);
  });

  it('accepts exactly 30 characters', async () => {
    await signInAs('anna');
    const u = await openForm();
    await u.type(screen.getByLabelText('Cart name'), 'y'.repeat(30));
    await u.click(screen.getByRole('button', { name: 'Create cart' }));
    expect(
      await screen.findByRole('heading', { name: new RegExp(`^${'y'.repeat(30)}`), level: 1 }),
    ).toBeInTheDocument();
  });

  it('says when Glue made a taken name unique, and offers to rename', async () => {
    await signInAs('anna');
    const u = await openForm();
    await u.type(screen.getByLabelText('Cart name'), 'Empty draft');
    await u.click(screen.getByRole('button', { name: 'Create cart' }));
    expect(
      await screen.findByRole('heading', { name: /^Empty draft 1/, level: 1 }),
    ).toBeInTheDocument();
    const notice = screen.getByRole('status', { name: '' });
    expect(notice).toHaveTextContent(
      'A cart named “Empty draft” already exists, so this one is called “Empty draft 1”.',
    );
    await u.click(within(notice).getByRole('button', { name: 'Rename' }));
    const field = screen.getByLabelText('New name');
    expect(field).toHaveValue('Empty draft 1');
    expect(field).toHaveFocus();
    expect(screen.queryByText(/already exists, so this one/)).not.toBeInTheDocument();
  });

  it('shows Glue’s refusals on the field and keeps the name', async () => {
    server.use(
      http.post('*/carts', () =>
        HttpResponse.json(
          {
            errors: [
              {
                status: 422,
                code: '901',
                detail: 'name => This value is too long. It should have 30 characters or less.',
              },
            ],
          },
          { status: 422 },
        ),
      ),
    );
    await signInAs('anna');
    const u = await openForm();
    await u.type(screen.getByLabelText('Cart name'), 'Fine here');
    await u.click(screen.getByRole('button', { name: 'Create cart' }));
    expect(await screen.findByText('Use at most 30 characters.')).toBeInTheDocument();
    expect(screen.getByLabelText('Cart name')).toHaveValue('Fine here');
  });

  it('explains a refused price mode, currency or store (117, 107) and keeps the name', async () => {
    server.use(
      http.post('*/carts', () =>
        HttpResponse.json(
          {
            errors: [
              { status: 422, code: '117', detail: 'Currency is incorrect.' },
              { status: 422, code: '107', detail: 'Failed to create cart.' },
            ],
          },
          { status: 422 },
        ),
      ),
    );
    await signInAs('anna');
    const u = await openForm();
    await u.type(screen.getByLabelText('Cart name'), 'Autumn');
    await u.click(screen.getByRole('button', { name: 'Create cart' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The shop did not accept the settings for new carts (price mode, currency, store). Please tell your administrator.',
    );
    expect(screen.getByLabelText('Cart name')).toHaveValue('Autumn');
  });
});
