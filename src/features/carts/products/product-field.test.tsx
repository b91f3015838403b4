// Adding a product by name: suggestions as you type (one request per pause, the newest
// answer wins), variants asked for, no match said, a typed SKU still enough.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../../mocks/node';
import { CART } from '../../../../mocks/test/ids';
import { answerFromMock, gluePath } from '../../../test/mock-glue';
import { renderApp } from '../../../test/render-app';
import { signInAs } from '../../../test/sign-in';

async function openEmptyDraft() {
  await signInAs('anna');
  renderApp(`/carts/${CART.emptyDraft}`);
  const u = userEvent.setup();
  expect(await screen.findByText('This cart is empty.')).toBeInTheDocument();
  // The add form comes a moment after the items (ui/unhurried.tsx).
  await screen.findByRole('combobox', { name: 'Product' });
  return u;
}

/** Every product search the page sends, by its q. */
function searches(): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (gluePath(request.url) === '/catalog-search-suggestions') {
      seen.push(new URL(request.url).searchParams.get('q') ?? '');
    }
  });
  return seen;
}

const field = () => screen.getByRole('combobox', { name: 'Product' });

describe('the product field', () => {
  it('offers products by name with SKU and price, and adds the one picked with the keyboard', async () => {
    const sent = searches();
    const u = await openEmptyDraft();
    await u.type(field(), 'stapler');
    const option = await screen.findByRole('option', { name: /Stapler, 40 sheets/ });
    expect(option).toHaveTextContent('NW-3003 · €17.90');
    expect(field()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 matching product. Choose with ↓ and Enter.',
    );
    // Typing a word is one request, sent once the typing pauses.
    expect(sent).toEqual(['stapler']);
    await u.keyboard('{ArrowDown}');
    expect(field()).toHaveAttribute('aria-activedescendant', option.id);
    await u.keyboard('{Enter}');
    expect(field()).toHaveValue('NW-3003');
    expect(screen.getByText('Stapler, 40 sheets · NW-3003 · €17.90')).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Add item' }));
    expect(await screen.findByRole('row', { name: /Stapler, 40 sheets/ })).toBeInTheDocument();
    expect(field()).toHaveValue('');
  });

  it('asks which variant of a product with several, and adds that one', async () => {
    const u = await openEmptyDraft();
    await u.type(field(), 'gloves');
    const option = await screen.findByRole('option', { name: /Safety gloves \(pair\)/ });
    expect(option).toHaveTextContent('2 variants · €8.95');
    await u.click(option);
    const variant = screen.getByRole('combobox', { name: 'Which one?' });
    await waitFor(() => {
      expect(variant).toHaveFocus();
    });
    await u.click(screen.getByRole('button', { name: 'Add item' }));
    expect(
      await screen.findByText('Choose which variant of “Safety gloves (pair)” to add.'),
    ).toBeInTheDocument();
    await u.selectOptions(variant, 'Safety gloves, size M (pair) (NW-1004)');
    await u.click(screen.getByRole('button', { name: 'Add item' }));
    const row = await screen.findByRole('row', { name: /Safety gloves, size M/ });
    expect(within(row).getByText('NW-1004')).toBeInTheDocument();
  });

  it('says when no product matches', async () => {
    const u = await openEmptyDraft();
    await u.type(field(), 'zebra');
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('No product matches “zebra”.');
    });
    expect(screen.getByRole('status')).toBeVisible();
    expect(field()).toHaveAttribute('aria-expanded', 'false');
  });

  it('adds a typed SKU without picking, Enter submitting the form', async () => {
    const u = await openEmptyDraft();
    await u.type(field(), 'NW-2003{Enter}');
    expect(await screen.findByRole('row', { name: /Torque wrench/ })).toBeInTheDocument();
  });

  it('never lets an earlier, slower answer replace a newer one, and cancels it', async () => {
    let aborted = false;
    server.use(
      http.get('*/catalog-search-suggestions', async ({ request }) => {
        if (new URL(request.url).searchParams.get('q') !== 'dri') return answerFromMock(request);
        request.signal.addEventListener('abort', () => {
          aborted = true;
        });
        await delay(800);
        return answerFromMock(request);
      }),
    );
    const u = await openEmptyDraft();
    await u.type(field(), 'dri');
    await delay(400); // the search for "dri" is under way
    await u.type(field(), 'll 18');
    expect(await screen.findByRole('option', { name: /Cordless drill 18 V/ })).toBeInTheDocument();
    await delay(800);
    const list = screen.getByRole('listbox', { name: 'Matching products' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Cordless drill 18 VNW-2001 · €129.00']);
    expect(aborted).toBe(true);
  });
});
