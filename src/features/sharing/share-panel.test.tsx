import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { READ_ONLY } from '../../../mocks/db/demo-seed';
import { backend, server } from '../../../mocks/node';
import { CART, CU } from '../../../mocks/test/ids';
import { renderApp } from '../../test/render-app';
import { signInAs } from '../../test/sign-in';
import { gluePath } from '../../test/mock-glue';

type Persona = 'anna' | 'ben' | 'chloe';

async function openCart(persona: Persona, cartId: string) {
  await signInAs(persona);
  renderApp(`/carts/${cartId}`);
  await screen.findByRole('heading', { level: 1 });
  // Sharing comes a moment after the items (ui/unhurried.tsx); in English or German.
  await screen.findByRole('heading', { name: /^(Sharing|Teilen)$/, level: 2 });
  return userEvent.setup();
}

const sharesOf = (cartId: string) =>
  [...backend.db.shares.values()].filter((share) => share.cartId === cartId);

function countRequests(method: string, pathname: string) {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (request.method === method && gluePath(url.href) === pathname) seen.push(url.search);
  });
  return seen;
}

const glueError = (status: number, code: string, detail: string) =>
  HttpResponse.json({ errors: [{ status, code, detail }] }, { status });

describe('current shares (owner)', () => {
  it('lists each colleague with name, email and their permission', async () => {
    await openCart('anna', CART.workshop);
    const list = await screen.findByRole('list', { name: 'Shared with' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('Ben Ortiz');
    expect(first).toHaveTextContent('ben.ortiz@northwind.example');
    expect(second).toHaveTextContent('Chloe Nguyen');
    const bens = await screen.findByRole('group', { name: 'Permission for Ben Ortiz' });
    expect(within(bens).getByRole('radio', { name: 'Read-only' })).toBeChecked();
  });

  it('changes a permission at once and confirms it', async () => {
    const u = await openCart('anna', CART.workshop);
    const bens = await screen.findByRole('group', { name: 'Permission for Ben Ortiz' });
    await u.click(within(bens).getByRole('radio', { name: 'Full access' }));
    expect(within(bens).getByRole('radio', { name: 'Full access' })).toBeChecked();
    expect(await screen.findByText('Ben Ortiz now has full access.')).toBeInTheDocument();
    const share = sharesOf(CART.workshop).find((s) => s.companyUserId === CU.ben);
    expect(share?.permissionGroupId).toBe('2');
  });

  it('rolls a refused permission change back and says why', async () => {
    server.use(
      http.patch('*/shared-carts/:id', () => glueError(404, '2705', 'Shared cart not found.')),
    );
    const u = await openCart('anna', CART.workshop);
    const bens = await screen.findByRole('group', { name: 'Permission for Ben Ortiz' });
    await u.click(within(bens).getByRole('radio', { name: 'Full access' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The permission of Ben Ortiz was not changed: This share no longer exists. The list has been refreshed.',
    );
    expect(within(bens).getByRole('radio', { name: 'Read-only' })).toBeChecked();
  });

  it('removes a share, and Undo shares again with the same permission', async () => {
    const u = await openCart('anna', CART.q4);
    await u.click(await screen.findByRole('button', { name: 'Remove Ben Ortiz' }));
    expect(
      await screen.findByText('Ben Ortiz no longer has access to this cart.'),
    ).toBeInTheDocument();
    expect(screen.getByText('This cart is not shared with anyone yet.')).toBeInTheDocument();
    expect(sharesOf(CART.q4)).toHaveLength(0);
    await u.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Shared with Ben Ortiz again.')).toBeInTheDocument();
    expect(sharesOf(CART.q4).map((s) => [s.companyUserId, s.permissionGroupId])).toEqual([
      [CU.ben, '2'],
    ]);
    expect(
      await screen.findByRole('group', { name: 'Permission for Ben Ortiz' }),
    ).toBeInTheDocument();
  });

  it('keeps a way back after the toast is gone: the person stays as Removed · Share again', async () => {
    const u = await openCart('anna', CART.q4);
    await u.click(await screen.findByRole('button', { name: 'Remove Ben Ortiz' }));
    await screen.findByText('Ben Ortiz no longer has access to this cart.');
    await u.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Shared with' });
    const row = within(list).getByRole('listitem');
    expect(row).toHaveTextContent('Ben Ortiz');
    expect(row).toHaveTextContent('Removed');
    await u.click(within(row).getByRole('button', { name: 'Share again with Ben Ortiz' }));
    expect(await screen.findByText('Shared with Ben Ortiz again.')).toBeInTheDocument();
    expect(sharesOf(CART.q4).map((s) => [s.companyUserId, s.permissionGroupId])).toEqual([
      [CU.ben, '2'],
    ]);
    expect(
      await screen.findByRole('group', { name: 'Permission for Ben Ortiz' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Removed')).not.toBeInTheDocument();
  });

  it('puts a share back when removing it fails, and says why', async () => {
    server.use(
      http.delete('*/shared-carts/:id', () => glueError(403, '2701', 'Action is forbidden.')),
    );
    const u = await openCart('anna', CART.q4);
    await u.click(await screen.findByRole('button', { name: 'Remove Ben Ortiz' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ben Ortiz still has access: Only the owner of this cart can change who it is shared with.',
    );
    expect(screen.getByRole('button', { name: 'Remove Ben Ortiz' })).toBeInTheDocument();
  });
});

describe('sharing with colleagues', () => {
  it('loads colleagues only when asked, in one request for a small company', async () => {
    const colleagueRequests = countRequests('GET', '/company-users');
    const u = await openCart('anna', CART.emptyDraft);
    expect(colleagueRequests).toHaveLength(0);
    await u.click(screen.getByRole('button', { name: 'Share with colleagues' }));
    expect(await screen.findByRole('combobox', { name: 'Colleagues' })).toBeInTheDocument();
    expect(colleagueRequests).toEqual(['?include=customers&page[offset]=0&page[limit]=1000']);
  });

  it('offers neither the owner, nor inactive colleagues, nor those already shared with', async () => {
    const u = await openCart('anna', CART.workshop);
    await u.click(screen.getByRole('button', { name: 'Share with colleagues' }));
    await u.click(await screen.findByRole('combobox', { name: 'Colleagues' }));
    const options = within(
      screen.getByRole('listbox', { name: 'Matching colleagues' }),
    ).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Eva Fischereva.fischer@northwind.example']);
  });

  it('filters by name or email as you type and picks with the keyboard', async () => {
    const u = await openCart('anna', CART.emptyDraft);
    await u.click(screen.getByRole('button', { name: 'Share with colleagues' }));
    const input = await screen.findByRole('combobox', { name: 'Colleagues' });
    await u.type(input, 'ortiz');
    const listbox = screen.getByRole('listbox', { name: 'Matching colleagues' });
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Ben Ortizben.ortiz@northwind.example']);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await u.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', within(listbox).getByRole('option').id);
    await u.keyboard('{Enter}');
    expect(
      within(screen.getByRole('list', { name: 'Chosen colleagues' })).getByText('Ben Ortiz'),
    ).toBeInTheDocument();
    expect(input).toHaveValue('');
    await u.type(input, 'chloe.ng');
    await u.keyboard('{Enter}');
    await u.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await u.keyboard('{Backspace}');
    expect(screen.queryByRole('button', { name: 'Remove Chloe Nguyen' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Ben Ortiz' })).toBeInTheDocument();
  });

  it('scrolls the option the arrow keys reach into view', async () => {
    const scrolled: string[] = [];
    const spy = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (
      this: Element,
    ) {
      scrolled.push(this.textContent);
    });
    const u = await openCart('anna', CART.emptyDraft);
    await u.click(screen.getByRole('button', { name: 'Share with colleagues' }));
    const input = await screen.findByRole('combobox', { name: 'Colleagues' });
    await u.type(input, 'a');
    await u.keyboard('{ArrowDown}{ArrowDown}');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(input).toHaveAttribute('aria-activedescendant', options[2]?.id);
    expect(scrolled.at(-1)).toBe(options[2]?.textContent);
    spy.mockRestore();
  });

  it('does not pick an option with the Enter that ends an IME composition', async () => {
    const u = await openCart('anna', CART.emptyDraft);
    await u.click(screen.getByRole('button', { name: 'Share with colleagues' }));
    const input = await screen.findByRole('combobox', { name: 'Colleagues' });
    await u.type(input, 'ortiz');
    await u.keyboard('{ArrowDown}');
    // A Japanese IME confirms its text with Enter: keydown with isComposing.
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    expect(screen.queryByRole('list', { name: 'Chosen colleagues' })).not.toBeInTheDocument();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(
      within(screen.getByRole('list', { name: 'Chosen colleagues' })).getByText('Ben Ortiz'),
    ).toBeInTheDocument();
  });

  it('shares with two colleagues at once at the chosen permission, one POST each', async () => {
    const posts = countRequests('POST', `/carts/${CART.emptyDraft}/shared-carts`);
    const u = await openCart('anna', CART.emptyDraft);
    await u.click(screen.getByRole('button', { name: 'Share with colleagues' }));
    const input = await screen.findByRole('combobox', { name: 'Colleagues' });
    await u.type(input, 'ben{Enter}');
    await u.type(input, 'chloe{Enter}');
    const permission = screen.getByRole('group', { name: 'Permission' });
    expect(within(permission).getByRole('radio', { name: /Read-only/ })).toBeChecked();
    await u.click(within(permission).getByRole('radio', { name: /Full access/ }));
    await u.click(screen.getByRole('button', { name: 'Share with 2 colleagues' }));
    const results = await screen.findByRole('list', { name: 'Sharing results' });
    expect(await within(results).findByText('Shared with Ben Ortiz.')).toBeInTheDocument();
    expect(await within(results).findByText('Shared with Chloe Nguyen.')).toBeInTheDocument();
    expect(posts).toHaveLength(2);
    expect(sharesOf(CART.emptyDraft).map((s) => s.permissionGroupId)).toEqual(['2', '2']);
    expect(
      await screen.findByRole('group', { name: 'Permission for Chloe Nguyen' }),
    ).toBeInTheDocument();
  });

  it('shows a failed share with its reason and a Retry that can succeed', async () => {
    let refuse = true;
    server.use(
      http.post('*/carts/:cartId/shared-carts', async ({ request }) => {
        const body = (await request.clone().json()) as {
          data: { attributes: { idCompanyUser: string } };
        };
        if (refuse && body.data.attributes.idCompanyUser === CU.chloe) {
          return glueError(
            403,
            '2703',
            'Cart can be shared only with company users from same company.',
          );
        }
        return undefined;
      }),
    );
    const u = await openCart('anna', CART.emptyDraft);
    await u.click(screen.getByRole('button', { name: 'Share with colleagues' }));
    const input = await screen.findByRole('combobox', { name: 'Colleagues' });
    await u.type(input, 'ben{Enter}');
    await u.type(input, 'chloe{Enter}');
    await u.click(screen.getByRole('button', { name: 'Share with 2 colleagues' }));
    const results = await screen.findByRole('list', { name: 'Sharing results' });
    expect(await within(results).findByText('Shared with Ben Ortiz.')).toBeInTheDocument();
    expect(
      await within(results).findByText(
        /Not shared with Chloe Nguyen: You can only share with people in your company\./,
      ),
    ).toBeInTheDocument();
    // Chloe stays chosen so nothing is lost; Ben, done, is no longer.
    expect(screen.getByRole('button', { name: 'Remove Chloe Nguyen' })).toBeInTheDocument();
    refuse = false;
    await u.click(within(results).getByRole('button', { name: 'Retry sharing with Chloe Nguyen' }));
    expect(await within(results).findByText('Shared with Chloe Nguyen.')).toBeInTheDocument();
  });

  it('names the Retry of a failed share in the user’s language', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE']);
    server.use(
      http.post('*/carts/:cartId/shared-carts', () =>
        glueError(403, '2703', 'Cart can be shared only with company users from same company.'),
      ),
    );
    const u = await openCart('anna', CART.emptyDraft);
    await u.click(
      await screen.findByRole('button', { name: 'Mit Kolleginnen und Kollegen teilen' }),
    );
    const input = await screen.findByRole('combobox', { name: 'Kolleginnen und Kollegen' });
    await u.type(input, 'ben{Enter}');
    await u.click(screen.getByRole('button', { name: /^Teilen/ }));
    expect(
      await screen.findByRole('button', { name: 'Erneut versuchen mit Ben Ortiz teilen' }),
    ).toBeInTheDocument();
  });

  it('explains that Chloe may not list colleagues (1405) instead of failing', async () => {
    const u = await openCart('chloe', CART.chloes);
    await u.click(screen.getByRole('button', { name: 'Share with colleagues' }));
    expect(
      await screen.findByText(/Your account may not see the list of colleagues/),
    ).toBeInTheDocument();
  });

  it('loads 10,000 colleagues: the first page, then the rest in parallel, and finds one', async () => {
    backend.reset({ scenario: 'large' });
    const colleagueRequests = countRequests('GET', '/company-users');
    const u = await openCart('anna', CART.emptyDraft);
    await u.click(screen.getByRole('button', { name: 'Share with colleagues' }));
    const input = await screen.findByRole('combobox', { name: 'Colleagues' }, { timeout: 10_000 });
    expect(colleagueRequests).toHaveLength(11);
    expect(colleagueRequests[0]).toBe('?include=customers&page[offset]=0&page[limit]=1000');
    expect(colleagueRequests.at(-1)).toBe('?include=customers&page[offset]=10000&page[limit]=1000');
    await u.type(input, '.9999@');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveTextContent(/\.9999@northwind\.example/);
  });
});

describe('every sharing error in words', () => {
  it.each([
    [
      422,
      '901',
      'idCompanyUser => This value should not be blank.',
      'Choose a colleague and a permission, then try again.',
    ],
    [
      404,
      '1404',
      'Company user not found',
      'This colleague’s account is not active, so the cart can’t be shared with them.',
    ],
    [
      422,
      '2501',
      'Cart permission group not found.',
      'This permission level no longer exists. Reload the page and choose again.',
    ],
    [
      403,
      '2701',
      'Action is forbidden.',
      'Only the owner of this cart can change who it is shared with.',
    ],
    [422, '2702', 'Failed to share a cart.', 'This cart is already shared with this colleague.'],
    [
      403,
      '2703',
      'Cart can be shared only with company users from same company.',
      'You can only share with people in your company.',
    ],
    [404, '101', 'Cart with given uuid not found.', 'This cart no longer exists.'],
    [403, '002', 'Missing access token.', 'Your session has ended. Please log in again.'],
    [401, '001', 'Invalid access token.', 'Your session has ended. Please log in again.'],
  ])('%s %s on share', async (status, code, detail, message) => {
    server.use(http.post('*/carts/:cartId/shared-carts', () => glueError(status, code, detail)));
    const u = await openCart('anna', CART.emptyDraft);
    await u.click(screen.getByRole('button', { name: 'Share with colleagues' }));
    await u.type(await screen.findByRole('combobox', { name: 'Colleagues' }), 'ben{Enter}');
    await u.click(screen.getByRole('button', { name: 'Share' }));
    const results = await screen.findByRole('list', { name: 'Sharing results' });
    expect(
      await within(results).findByText(`Not shared with Ben Ortiz: ${message}`),
    ).toBeInTheDocument();
  });

  it('2705 on unshare', async () => {
    server.use(
      http.delete('*/shared-carts/:id', () => glueError(404, '2705', 'Shared cart not found.')),
    );
    const u = await openCart('anna', CART.q4);
    await u.click(await screen.findByRole('button', { name: 'Remove Ben Ortiz' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ben Ortiz still has access: This share no longer exists. The list has been refreshed.',
    );
  });
});

describe('a recipient', () => {
  it('sees who else has the cart, read-only, and that only the owner can stop sharing', async () => {
    await openCart('ben', CART.workshop);
    const list = await screen.findByRole('list', { name: 'Shared with' });
    expect(within(list).getByText('Ben Ortiz')).toBeInTheDocument();
    expect(within(list).getByText('Chloe Nguyen')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Only the owner of this cart can change who it is shared with or stop sharing it.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Share with colleagues' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(sharesOf(CART.workshop).every((s) => s.permissionGroupId === READ_ONLY)).toBe(true);
  });
});

describe('the cart page alone', () => {
  it('makes no colleague request until the owner opens sharing', async () => {
    const colleagueRequests = countRequests('GET', '/company-users');
    await openCart('anna', CART.emptyDraft);
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Share with colleagues' })).toBeInTheDocument();
    });
    expect(colleagueRequests).toHaveLength(0);
  });
});

describe('telling colleagues', () => {
  function stubClipboard(writeText: (text: string) => Promise<void>) {
    const spy = vi.fn(writeText);
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: spy },
      configurable: true,
    });
    return spy;
  }

  it('offers an email to each colleague with the cart, their access and its link', async () => {
    await openCart('anna', CART.workshop);
    const link = await screen.findByRole('link', { name: 'Email Ben Ortiz' });
    const href = link.getAttribute('href') ?? '';
    expect(href.startsWith('mailto:ben.ortiz@northwind.example?')).toBe(true);
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(query.get('subject')).toBe('Cart shared with you: Workshop tools');
    expect(query.get('body')).toBe(
      `Hello Ben Ortiz,\n\nI have shared the cart “Workshop tools” with you (Read-only).\nOpen it here: ${window.location.origin}/carts/${CART.workshop}\n`,
    );
    expect(screen.getByRole('link', { name: 'Email Chloe Nguyen' })).toBeInTheDocument();
  });

  it('copies the cart’s link and says so', async () => {
    const u = await openCart('anna', CART.workshop);
    const writeText = stubClipboard(() => Promise.resolve());
    await u.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(
      await screen.findByText('Link copied. Colleagues this cart is shared with can open it.'),
    ).toHaveAttribute('role', 'status');
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/carts/${CART.workshop}`);
  });

  it('shows the link to copy by hand when the browser refuses the clipboard', async () => {
    const u = await openCart('anna', CART.workshop);
    stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    await u.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The browser did not allow copying. Copy the link from this field instead.',
    );
    const field = screen.getByRole('textbox', { name: 'Link to this cart' });
    expect(field).toHaveValue(`${window.location.origin}/carts/${CART.workshop}`);
    expect(field).toHaveAttribute('readonly');
    expect(screen.queryByText(/Link copied/)).not.toBeInTheDocument();
  });

  it('offers no link to copy while the cart is shared with nobody', async () => {
    await openCart('anna', CART.emptyDraft);
    await screen.findByRole('button', { name: 'Share with colleagues' });
    expect(screen.queryByRole('button', { name: 'Copy link' })).not.toBeInTheDocument();
  });
});
