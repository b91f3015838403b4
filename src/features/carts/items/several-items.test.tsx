// Adding a pasted list or a .csv file of items: what was read is shown line by line
// before anything is sent; refused lines stay in the box with their reason.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../../mocks/node';
import { CART } from '../../../../mocks/test/ids';
import { answerFromMock, gluePath } from '../../../test/mock-glue';
import { renderApp } from '../../../test/render-app';
import { signInAs } from '../../../test/sign-in';

async function openSeveral() {
  await signInAs('anna');
  renderApp(`/carts/${CART.emptyDraft}`);
  const u = userEvent.setup();
  await u.click(await screen.findByRole('radio', { name: 'Several items' }));
  return u;
}

const box = () => screen.getByRole('textbox', { name: 'Items, one per line' });
const preview = () => screen.getByRole('table', { name: 'What was read' });
const previewRows = () =>
  within(preview())
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('several items at once', () => {
  it('shows what it read, refuses a line it cannot read, adds the rest in order with progress', async () => {
    const posted: string[] = [];
    server.use(
      http.post('*/carts/:id/items', async ({ request }) => {
        const body = (await request.clone().json()) as { data: { attributes: { sku: string } } };
        posted.push(body.data.attributes.sku);
        await delay(50);
        return answerFromMock(request);
      }),
    );
    const u = await openSeveral();
    await u.click(box());
    await u.paste('SKU\tQuantity\nNW-3001\t10\nNW-3003;2\nNW-2003 two\nNW-1002');
    expect(previewRows()).toEqual([
      ['Line2', 'SKUNW-3001', 'Quantity10', 'StatusReady'],
      ['Line3', 'SKUNW-3003', 'Quantity2', 'StatusReady'],
      [
        'Line4',
        'SKUNW-2003 two',
        'Quantity',
        'StatusLine 4: the quantity must be a whole number above 0.',
      ],
      ['Line5', 'SKUNW-1002', 'Quantity1', 'StatusReady'],
    ]);
    await u.click(screen.getByRole('button', { name: 'Add 3 items' }));
    expect(await screen.findByText(/Adding \d of 3…/)).toBeInTheDocument();
    expect(
      await screen.findByText('3 of 3 added. 1 line stays in the box with the reason.'),
    ).toBeInTheDocument();
    expect(posted).toEqual(['NW-3001', 'NW-3003', 'NW-1002']);
    expect(box()).toHaveValue('NW-2003 two');
    const items = screen.getByRole('table', { name: /Items/ });
    expect(within(items).getByRole('row', { name: /Copy paper A4/ })).toBeInTheDocument();
    expect(within(items).getByRole('row', { name: /Safety goggles/ })).toBeInTheDocument();
  });

  it('keeps the lines Glue refuses with the reason, and adds the others', async () => {
    const u = await openSeveral();
    await u.click(box());
    await u.paste('NW-3001 1\nNW-9999 2\nNW-3002 3');
    await u.click(screen.getByRole('button', { name: 'Add 3 items' }));
    expect(
      await screen.findByText('2 of 3 added. 1 line stays in the box with the reason.'),
    ).toBeInTheDocument();
    expect(box()).toHaveValue('NW-9999 2');
    expect(previewRows()).toEqual([
      ['Line1', 'SKUNW-9999', 'Quantity2', 'StatusThere is no product with this SKU.'],
    ]);
  });

  it('keeps every line when Glue cannot be reached', async () => {
    server.use(http.post('*/carts/:id/items', () => HttpResponse.error()));
    const u = await openSeveral();
    await u.click(box());
    await u.paste('NW-3001 1\nNW-3002 3');
    await u.click(screen.getByRole('button', { name: 'Add 2 items' }));
    expect(
      await screen.findByText('0 of 2 added. 2 lines stay in the box with the reason.'),
    ).toBeInTheDocument();
    expect(box()).toHaveValue('NW-3001 1\nNW-3002 3');
  });

  it('reads a .csv file into the box', async () => {
    const u = await openSeveral();
    const file = new File(['sku;quantity\r\n"NW-4001";"5"\r\n'], 'order.csv', { type: 'text/csv' });
    await u.upload(screen.getByLabelText('Or read a .csv file'), file);
    await waitFor(() => {
      // A textarea gives its line breaks as \n, whatever the file had.
      expect(box()).toHaveValue('sku;quantity\n"NW-4001";"5"\n');
    });
    expect(previewRows()).toEqual([['Line2', 'SKUNW-4001', 'Quantity5', 'StatusReady']]);
  });

  it('refuses a list over 100 lines and sends nothing', async () => {
    const u = await openSeveral();
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') requests.push(gluePath(request.url));
    });
    await u.click(box());
    await u.paste(Array.from({ length: 101 }, () => 'NW-3001 1').join('\n'));
    expect(
      screen.getByText(
        'This list has 101 lines; at most 100 can be added at once. Split it in parts.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add 101 items' })).toBeDisabled();
    expect(requests).toEqual([]);
  });

  it('keeps the list when switching to one item and back', async () => {
    const u = await openSeveral();
    await u.click(box());
    await u.paste('NW-3001 4');
    await u.click(screen.getByRole('radio', { name: 'One item' }));
    await u.click(screen.getByRole('radio', { name: 'Several items' }));
    expect(box()).toHaveValue('NW-3001 4');
  });
});
