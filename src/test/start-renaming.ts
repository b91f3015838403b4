// Opens a cart as a persona and the rename form with its field emptied, for tests of
// what a rename answers.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app';
import { signInAs } from './sign-in';

export async function startRenaming(cartId: string, persona: 'anna' | 'ben' = 'anna') {
  await signInAs(persona);
  renderApp(`/carts/${cartId}`);
  const u = userEvent.setup();
  await u.click(await screen.findByRole('button', { name: 'Rename' }));
  const field = screen.getByLabelText('New name');
  await u.clear(field);
  return { u, field };
}
