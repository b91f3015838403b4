import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { fakeMockControls } from '../../test/fake-mock-controls';
import { renderApp } from '../../test/render-app';

const user = () => userEvent.setup();

async function logInWith(email: string, password = 'change123') {
  const u = user();
  await u.type(await screen.findByLabelText('Email'), email);
  await u.type(screen.getByLabelText('Password'), password);
  await u.click(screen.getByRole('button', { name: 'Log in' }));
  return u;
}

describe('logging in', () => {
  it('takes a company user with one account straight to their carts', async () => {
    renderApp('/');
    await logInWith('anna.keller@northwind.example');
    expect(await screen.findByRole('heading', { name: 'Your carts' })).toBeInTheDocument();
    expect(await screen.findByText('Q4 office restock')).toBeInTheDocument();
    const banner = screen.getByRole('banner');
    expect(await within(banner).findByText(/Anna Keller/)).toBeInTheDocument();
    expect(within(banner).getByText(/Northwind Supplies GmbH/)).toBeInTheDocument();
  });

  it('asks Glue for the company users once: the header reuses what the login read', async () => {
    const mine: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/company-users/mine')) mine.push(request.method);
    });
    renderApp('/');
    await logInWith('anna.keller@northwind.example');
    const banner = await screen.findByRole('banner');
    expect(await within(banner).findByText(/Anna Keller/)).toBeInTheDocument();
    expect(await screen.findByText('Q4 office restock')).toBeInTheDocument();
    expect(mine).toEqual(['GET']);
  });

  it('checks the email before sending it, on the field', async () => {
    const posts: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') posts.push(request.url);
    });
    renderApp('/login');
    await logInWith('anna');
    expect(
      await screen.findByText('Enter an email address, such as name@company.com.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(posts).toEqual([]);
  });

  it('puts Glue’s field messages (422 901) on their fields, not in a general alert', async () => {
    server.use(
      http.post('*/access-tokens', () =>
        HttpResponse.json(
          {
            errors: [
              {
                status: 422,
                code: '901',
                detail: 'username => This value is not a valid email address.',
              },
            ],
          },
          { status: 422 },
        ),
      ),
    );
    renderApp('/login');
    await logInWith('anna.keller@northwind.example');
    expect(
      await screen.findByText('Enter an email address, such as name@company.com.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('anna.keller@northwind.example');
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says a wrong password inline, keeps the email and empties the password', async () => {
    renderApp('/login');
    await logInWith('anna.keller@northwind.example', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The email or password is not correct.',
    );
    expect(screen.getByLabelText('Email')).toHaveValue('anna.keller@northwind.example');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Password')).toHaveFocus();
  });

  it('asks for the fields it needs before sending anything', async () => {
    renderApp('/login');
    await user().click(await screen.findByRole('button', { name: 'Log in' }));
    expect(await screen.findAllByText('Please fill in this field.')).toHaveLength(2);
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows progress and cannot be sent twice', async () => {
    let logins = 0;
    server.use(
      // Slows the login down, then falls through to the real handler.
      http.post('*/access-tokens', async () => {
        logins++;
        await delay(150);
      }),
    );
    renderApp('/login');
    const u = user();
    await u.type(await screen.findByLabelText('Email'), 'ben.ortiz@northwind.example');
    await u.type(screen.getByLabelText('Password'), 'change123');
    await u.click(screen.getByRole('button', { name: 'Log in' }));
    const pending = screen.getByRole('button', { name: 'Logging in…' });
    expect(pending).toBeDisabled();
    await u.click(pending);
    await u.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Your carts' })).toBeInTheDocument();
    expect(logins).toBe(1);
  });

  it('lets Eva choose between her two companies', async () => {
    renderApp('/');
    await logInWith('eva.fischer@northwind.example');
    expect(await screen.findByRole('heading', { name: 'Choose a company' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Northwind Supplies GmbH/ })).toBeInTheDocument();
    await user().click(screen.getByRole('button', { name: 'Summit Tools AG' }));
    expect(await screen.findByRole('heading', { name: 'Your carts' })).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Company' })).toHaveDisplayValue(
      'Summit Tools AG',
    );
    expect(await screen.findByText("Eva's cart")).toBeInTheDocument();
  });

  it('lets Eva switch company from the header on an explicit Switch, with fresh data', async () => {
    renderApp('/');
    const u = await logInWith('eva.fischer@northwind.example');
    await u.click(await screen.findByRole('button', { name: /Northwind Supplies GmbH/ }));
    const company = await screen.findByRole('combobox', { name: 'Company' });
    expect(company).toHaveDisplayValue('Northwind Supplies GmbH');
    const switches: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/company-user-access-tokens')) switches.push(request.method);
    });
    // Choosing in the list changes nothing yet (WCAG 3.2.2).
    await u.selectOptions(company, 'Summit Tools AG');
    expect(switches).toEqual([]);
    expect(screen.getByRole('banner')).toHaveTextContent('Northwind Supplies GmbH');
    await u.click(screen.getByRole('button', { name: 'Switch' }));
    expect(switches).toEqual(['POST']);
    await waitFor(() => {
      expect(screen.getByRole('combobox', { name: 'Company' })).toHaveDisplayValue(
        'Summit Tools AG',
      );
    });
    expect(await screen.findByText("Eva's cart")).toBeInTheDocument();
  });

  it('tells Hugo that a company account is needed', async () => {
    renderApp('/');
    await logInWith('hugo.lang@example.com');
    expect(
      await screen.findByRole('heading', { name: 'A company account is needed' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('main')).getByRole('button', { name: 'Log out' }),
    ).toBeInTheDocument();
  });

  it('tells David that his company account is inactive', async () => {
    renderApp('/');
    await logInWith('david.brandt@northwind.example');
    expect(
      await screen.findByRole('heading', { name: 'Your company account is inactive' }),
    ).toBeInTheDocument();
  });

  it('signs in a demo persona with one click in mock mode', async () => {
    renderApp('/login', fakeMockControls());
    await user().click(await screen.findByRole('button', { name: 'Sign in as Ben Ortiz' }));
    expect(await screen.findByRole('heading', { name: 'Your carts' })).toBeInTheDocument();
    expect(await screen.findByText('Safety gear')).toBeInTheDocument();
  });
});

describe('logging out', () => {
  it('revokes the session, clears the data and returns to the login page', async () => {
    renderApp('/');
    const u = await logInWith('anna.keller@northwind.example');
    await screen.findByText('Q4 office restock');
    await u.click(screen.getByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You have logged out.');
    expect(sessionStorage.getItem('shared-carts.session')).toBeNull();
  });
});
