import { render, screen } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { GlueError, NetworkError } from '../lib/json-api/glue-error';
import { RouteError } from './route-error';

function renderThrowing(error: unknown) {
  const router = createMemoryRouter([
    {
      path: '/',
      loader: () => {
        throw error;
      },
      element: null,
      errorElement: <RouteError />,
    },
    { path: '/carts', element: null },
  ]);
  render(<RouterProvider router={router} />);
}

describe('the route error boundary', () => {
  it('says a cart that is not found does not exist or is not shared', async () => {
    renderThrowing(
      new GlueError(404, [{ status: 404, code: '101', detail: 'Cart with given uuid not found.' }]),
    );
    expect(await screen.findByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByText("This doesn't exist or isn't shared with you.")).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your carts' })).toHaveAttribute(
      'href',
      '/carts',
    );
  });

  it('says when something is not allowed', async () => {
    renderThrowing(new GlueError(403, [{ status: 403, code: '1405', detail: 'Forbidden' }]));
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
  });

  it('explains a network failure without technical detail', async () => {
    renderThrowing(new NetworkError(new TypeError('Failed to fetch')));
    expect(
      await screen.findByText(
        'The shop could not be reached. Check your connection and try again.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Failed to fetch/)).not.toBeInTheDocument();
  });
});
