// Answers that are not JSON:API (docs/glue-api.md §1, rev 3): a proxy's HTML 502/504 while
// Glue is down or slow, Glue's plain-text 400. The page says what happened, offers to try
// again, and keeps what the user typed.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { CART } from '../../../mocks/test/ids';
import { renderApp } from '../../test/render-app';
import { signInAs } from '../../test/sign-in';
import { startRenaming } from '../../test/start-renaming';

/** nginx's own error page, as its proxy answers while Glue is down (502) or slow (504). */
const nginxPage = (status: number, name: string) =>
  `<html>\r\n<head><title>${String(status)} ${name}</title></head>\r\n<body>\r\n<center><h1>${String(status)} ${name}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;

const htmlAnswer = (status: number, name: string) =>
  new HttpResponse(nginxPage(status, name), {
    status,
    headers: { 'Content-Type': 'text/html' },
  });

const UNAVAILABLE = 'The shop cannot be reached right now. Please try again in a moment.';

describe('answers that are not JSON:API', () => {
  it('the cart list says the shop cannot be reached on a 502 page, and Retry loads it', async () => {
    let down = true;
    server.use(http.get('*/carts', () => (down ? htmlAnswer(502, 'Bad Gateway') : undefined)));
    await signInAs('anna');
    renderApp('/carts');
    expect(await screen.findByRole('alert')).toHaveTextContent(UNAVAILABLE);
    expect(screen.queryByText(/<html>|nginx/)).not.toBeInTheDocument();
    down = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Q4 office restock' })).toBeInTheDocument();
  });

  it('login on a 504 page says so and keeps the email and password for the next try', async () => {
    let slow = true;
    server.use(
      http.post('*/access-tokens', () => (slow ? htmlAnswer(504, 'Gateway Time-out') : undefined)),
    );
    renderApp('/login');
    const u = userEvent.setup();
    await u.type(await screen.findByLabelText('Email'), 'anna.keller@northwind.example');
    await u.type(screen.getByLabelText('Password'), 'change123');
    await u.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(UNAVAILABLE);
    expect(screen.getByLabelText('Email')).toHaveValue('anna.keller@northwind.example');
    expect(screen.getByLabelText('Password')).toHaveValue('change123');
    slow = false;
    await u.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('heading', { name: 'Your carts' })).toBeInTheDocument();
  });

  it('a rename answered by a plain-text 400 keeps the typed name and says the shop failed', async () => {
    server.use(
      http.patch(
        '*/carts/:cartId',
        () =>
          new HttpResponse('Pagination parameters are invalid.', {
            status: 400,
            headers: { 'Content-Type': 'text/plain; charset=UTF-8' },
          }),
      ),
    );
    const { u, field } = await startRenaming(CART.q4);
    await u.type(field, 'Q4 final');
    await u.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The shop could not complete this request. Please try again.',
    );
    expect(field).toHaveValue('Q4 final');
  });
});
