// A rename against a stock Glue on another origin (docs/glue-api.md §10): the app never sees
// the cart's ETag, sends no If-Match, and Glue answers 428 `005`. The page says that the
// shop's setup is the cause and how it is fixed, keeps the typed name, and the cart stays
// usable.
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../../mocks/node';
import { CART } from '../../../../mocks/test/ids';
import { startRenaming } from '../../../test/start-renaming';

vi.mock('../../../lib/glue/origin', () => ({
  glueIsCrossOrigin: () => true,
  setupGuideUrl: () => 'https://git.example.com/shared-carts#deploying-against-a-real-spryker-glue',
}));

describe('renaming a cart when Glue is on another origin', () => {
  it('says the shop must serve the app from Glue’s origin, links the guide and keeps the name', async () => {
    const sent: (string | null)[] = [];
    server.use(
      http.patch('*/carts/:cartId', ({ request }) => {
        sent.push(request.headers.get('If-Match'));
        return HttpResponse.json(
          { errors: [{ status: 428, code: '005', detail: 'If-Match header is missing.' }] },
          { status: 428, headers: { 'Content-Type': 'application/vnd.api+json' } },
        );
      }),
    );
    const { u, field } = await startRenaming(CART.q4);
    await u.type(field, 'Q4 final');
    await u.click(screen.getByRole('button', { name: 'Save name' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Cart names cannot be saved here: this app runs on another address than the shop’s Glue API, and Glue does not let it send the cart’s version from there. Everything else works. Please tell your administrator: serve the app and Glue from the same origin, or set up Glue’s CORS for this app.',
    );
    expect(
      screen.getByRole('link', {
        name: 'How to set it up: docs/deployment.md, “Deploying against a real Spryker Glue”.',
      }),
    ).toHaveAttribute(
      'href',
      'https://git.example.com/shared-carts#deploying-against-a-real-spryker-glue',
    );
    expect(field).toHaveValue('Q4 final');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Q4 office restock');
  });
});
