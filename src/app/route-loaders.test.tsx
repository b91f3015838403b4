// Data loads with the code: a route's loader starts the page's Glue request while the
// page's own code is still downloading, instead of after it (one round trip, not two).
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { CART } from '../../mocks/test/ids';
import { gluePath } from '../test/mock-glue';
import { renderApp } from '../test/render-app';
import { signInAs } from '../test/sign-in';

const timeline = vi.hoisted(() => ({ events: [] as string[] }));

// The cart page's code arrives slowly, as over a real network.
vi.mock('../features/carts/detail/cart-detail', async (importOriginal) => {
  await new Promise((resolve) => setTimeout(resolve, 150));
  timeline.events.push('page code loaded');
  return importOriginal();
});

describe('opening a cart', () => {
  it('asks Glue for the cart before the page’s code has arrived', async () => {
    await signInAs('anna');
    server.events.on('request:start', ({ request }) => {
      if (gluePath(request.url) === `/carts/${CART.q4}`) timeline.events.push('GET cart');
    });
    renderApp(`/carts/${CART.q4}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Q4 office restock/ }),
    ).toBeInTheDocument();
    expect(timeline.events).toEqual(['GET cart', 'page code loaded']);
  });
});
