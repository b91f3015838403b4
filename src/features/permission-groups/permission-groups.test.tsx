import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { signInAs } from '../../test/sign-in';

describe('the permission groups page', () => {
  it('lists each group with what it allows, the default marked', async () => {
    await signInAs('anna');
    renderApp('/permission-groups');
    const readOnly = await screen.findByRole('article', { name: /Read-only/ });
    expect(within(readOnly).getByText('Default')).toBeInTheDocument();
    expect(readOnly).toHaveTextContent(
      'Can see the cart, its items and totals, but not change anything.',
    );
    const full = screen.getByRole('article', { name: /Full access/ });
    expect(full).toHaveTextContent(
      'Can also change items and quantities, rename the cart and delete it.',
    );
    expect(within(full).queryByText('Default')).not.toBeInTheDocument();
  });

  it('shows one group by id', async () => {
    await signInAs('anna');
    renderApp('/permission-groups/2');
    expect(
      await screen.findByRole('heading', { name: 'Full access', level: 1 }),
    ).toBeInTheDocument();
  });

  it('says an unknown group is not found', async () => {
    await signInAs('anna');
    renderApp('/permission-groups/9');
    expect(
      await screen.findByRole('heading', { name: 'Permission group not found' }),
    ).toBeInTheDocument();
  });
});
