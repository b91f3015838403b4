import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/render-app';
import { signInAs } from '../test/sign-in';

// The menu's hiding on wide screens is CSS (e2e/responsive checks it in a browser);
// here: the disclosure's behaviour.
describe('the header menu', () => {
  it('opens and closes as a disclosure; Escape closes it and focus goes back to its button', async () => {
    await signInAs('anna');
    renderApp('/carts');
    const u = userEvent.setup();
    const toggle = await screen.findByRole('button', { name: 'Menu' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls');

    await u.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // Focus moves into the menu (its language switch); Escape brings it back.
    await u.click(within(screen.getByRole('banner')).getByRole('combobox', { name: 'Language' }));
    await u.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('closes by itself when a link in it leads to another page', async () => {
    await signInAs('anna');
    renderApp('/carts');
    const u = userEvent.setup();
    const toggle = await screen.findByRole('button', { name: 'Menu' });
    await u.click(toggle);
    await u.click(screen.getByRole('link', { name: 'Permission groups' }));
    expect(
      await screen.findByRole('heading', { name: 'Permission groups', level: 1 }),
    ).toBeInTheDocument();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('holds the language switch before anyone signs in', async () => {
    renderApp('/login');
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Menu' }));
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeVisible();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });
});
