// The route error boundary through the real router (createRouter): what can reach it in
// the app is a page whose code cannot be downloaded, or a page that crashes.
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../test/render-app';
import { signInAs } from '../test/sign-in';

// The permission groups page's chunk fails to download, as when offline after a deploy:
// the route's lazy() rejects with the browser's TypeError.
vi.mock('../features/permission-groups/permission-groups-page', () => ({
  get PermissionGroupsPage() {
    throw new TypeError(
      'Failed to fetch dynamically imported module: /assets/permission-groups-page.js',
    );
  },
}));

// The cart list page crashes while rendering.
vi.mock('../features/carts/list/cart-list-page', () => ({
  CartListPage: () => {
    throw new Error('Cannot read properties of undefined (reading "items")');
  },
}));

describe('the route error boundary', () => {
  it('says a page could not be downloaded and offers a reload', async () => {
    await signInAs('anna');
    renderApp('/permission-groups');
    expect(
      await screen.findByRole('heading', { name: 'This page could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Part of the app could not be downloaded. Check your connection, then reload.',
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your carts' })).toHaveAttribute(
      'href',
      '/carts',
    );
    // The header stays: the boundary sits inside the shell.
    expect(screen.getByRole('banner')).toBeInTheDocument();
  });

  it('says a crashed page stopped working, without technical detail', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await signInAs('anna');
    renderApp('/carts');
    expect(
      await screen.findByRole('heading', { name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The page stopped working. Reloading usually helps.',
    );
    expect(screen.queryByText(/Cannot read properties/)).not.toBeInTheDocument();
  });
});
