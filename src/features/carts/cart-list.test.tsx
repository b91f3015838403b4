import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it } from 'vitest';
import { backend, server } from '../../../mocks/node';
import { renderApp } from '../../test/render-app';
import { signInAs } from '../../test/sign-in';

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
      if (url.pathname.startsWith('/carts')) requests.push(`${request.method} ${url.pathname}`);
    });
    await signInAs('ben');
    renderApp('/carts');
    await screen.findByRole('link', { name: 'Safety gear' });
    expect(requests).toEqual(['GET /carts']);
  });

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
  it('creates it and opens it', async () => {
    await signInAs('anna');
    renderApp('/carts');
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'New cart' }));
    await u.type(screen.getByLabelText('Cart name'), 'Spring order');
    await u.click(screen.getByRole('button', { name: 'Create cart' }));
    expect(
      await screen.findByRole('heading', { name: 'Spring order', level: 1 }),
    ).toBeInTheDocument();
    expect(window.location.pathname).toMatch(/^\/carts\/[0-9a-f-]{36}$/);
  });

  it.each([
    ['', 'Please fill in this field.'],
    ['x'.repeat(256), 'This is too long.'],
  ])('checks the name %# before sending it', async (name, message) => {
    await signInAs('anna');
    renderApp('/carts');
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'New cart' }));
    if (name) await u.type(screen.getByLabelText('Cart name'), name);
    await u.click(screen.getByRole('button', { name: 'Create cart' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
  });

  it('shows Glue’s duplicate-name refusal on the field and keeps the name', async () => {
    await signInAs('anna');
    renderApp('/carts');
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'New cart' }));
    await u.type(screen.getByLabelText('Cart name'), 'Empty draft');
    await u.click(screen.getByRole('button', { name: 'Create cart' }));
    expect(await screen.findByText('A cart with this name already exists.')).toBeInTheDocument();
    expect(screen.getByLabelText('Cart name')).toHaveValue('Empty draft');
    await waitFor(() => {
      expect(screen.getByLabelText('Cart name')).toHaveFocus();
    });
  });

  it('shows Glue’s blank and too-long refusals on the field too', async () => {
    server.use(
      http.post('*/carts', () =>
        HttpResponse.json(
          { errors: [{ status: 422, code: '901', detail: 'name => This value is too long.' }] },
          { status: 422 },
        ),
      ),
    );
    await signInAs('anna');
    renderApp('/carts');
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'New cart' }));
    await u.type(screen.getByLabelText('Cart name'), 'Fine here');
    await u.click(screen.getByRole('button', { name: 'Create cart' }));
    expect(await screen.findByText('This is too long.')).toBeInTheDocument();
    expect(screen.getByLabelText('Cart name')).toHaveValue('Fine here');
  });
});
