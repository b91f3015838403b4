import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PERSONAS } from '../../../mocks/db/personas';
import { CART } from '../../../mocks/test/ids';
import { fakeMockControls } from '../../test/fake-mock-controls';
import { renderApp } from '../../test/render-app';

async function openToolbar() {
  const u = userEvent.setup();
  const toggle = await screen.findByRole('button', { name: 'Mock toolbar' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await u.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return u;
}

describe('the mock toolbar', () => {
  it('switches persona in one click, with no logout in between', async () => {
    renderApp('/login', fakeMockControls());
    const u = await openToolbar();
    const personas = screen.getByRole('group', { name: 'Persona' });
    await u.click(within(personas).getByRole('button', { name: 'Anna Keller' }));
    expect(await screen.findByRole('link', { name: 'Q4 office restock' })).toBeInTheDocument();
    await u.click(within(personas).getByRole('button', { name: 'Ben Ortiz' }));
    expect(await within(screen.getByRole('banner')).findByText(/Ben Ortiz/)).toBeInTheDocument();
    expect(within(personas).getByRole('button', { name: 'Ben Ortiz' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // Anna sees Safety gear too (shared with her): wait for Ben's own list, where he owns it.
    await waitFor(() => {
      expect(screen.getByRole('row', { name: /Safety gear/ })).toHaveTextContent('Owner');
    });
  });

  // Once per page load (as in the browser), so one test covers the whole link.
  it('signs in the persona a ?persona= link asks for, on the page it points at', async () => {
    const ben = PERSONAS.find((p) => p.key === 'ben') ?? null;
    renderApp(`/carts/${CART.workshop}`, fakeMockControls({ requestedPersona: ben }));
    expect(
      await within(await screen.findByRole('banner')).findByText(/Ben Ortiz/),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Workshop tools', level: 1 }),
    ).toBeInTheDocument();
    expect(window.location.pathname).toBe(`/carts/${CART.workshop}`);
  });

  it('sets latency and injects a failure, and says what is failing', async () => {
    const mock = fakeMockControls();
    renderApp('/login', mock);
    const u = await openToolbar();
    await u.click(screen.getByRole('radio', { name: /Slow/ }));
    expect(mock.getSettings().latency).toBe('slow');
    const failures = screen.getByRole('group', { name: 'Failure injection' });
    await u.selectOptions(
      within(failures).getByLabelText('Endpoint'),
      'POST /carts/{id}/shared-carts',
    );
    await u.selectOptions(
      within(failures).getByLabelText('Response'),
      '403 2703 Cart can be shared only with company users from same company.',
    );
    await u.click(within(failures).getByRole('checkbox', { name: 'Only the next request' }));
    await u.click(within(failures).getByRole('button', { name: 'Inject failure' }));
    expect(mock.getSettings().failure).toEqual({
      endpoint: 'share-create',
      response: '2703',
      once: true,
    });
    expect(within(failures).getByRole('status')).toHaveTextContent(
      'Failing POST /carts/{id}/shared-carts with 2703 (next request only).',
    );
    await u.click(within(failures).getByRole('button', { name: 'Stop failing' }));
    expect(mock.getSettings().failure).toBeNull();
  });

  it('refetches what the page shows when another tab changed the data', async () => {
    let notify: () => void = () => undefined;
    const mock = fakeMockControls({
      onExternalChange: (listener) => {
        notify = listener;
        return () => undefined;
      },
    });
    renderApp('/login', mock);
    const u = await openToolbar();
    await u.click(
      within(screen.getByRole('group', { name: 'Persona' })).getByRole('button', {
        name: 'Ben Ortiz',
      }),
    );
    expect(await screen.findByRole('link', { name: 'Safety gear' })).toBeInTheDocument();
    const { backend } = await import('../../../mocks/node');
    const cart = [...backend.db.carts.values()].find((c) => c.name === 'Safety gear');
    if (cart) cart.name = 'Safety gear (renamed in another tab)';
    act(() => {
      notify();
    });
    expect(
      await screen.findByRole('link', { name: 'Safety gear (renamed in another tab)' }),
    ).toBeInTheDocument();
  });

  it('switching scenario signs out and asks the backend for the other data set', async () => {
    const mock = fakeMockControls();
    const updateSettings = vi.spyOn(mock, 'updateSettings');
    renderApp('/login', mock);
    const u = await openToolbar();
    updateSettings.mockClear();
    await u.selectOptions(screen.getByLabelText('Scenario'), 'Large (10,000 colleagues)');
    expect(updateSettings).toHaveBeenCalledWith({ scenario: 'large' });
  });
});
