import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { renderApp } from '../../test/render-app';
import { signInAs } from '../../test/sign-in';
import { PermissionGroupPicker, useDefaultGroupId } from './permission-group-picker';
import { gluePath } from '../../test/mock-glue';

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

function PickerHarness() {
  const defaultId = useDefaultGroupId();
  const [value, setValue] = useState<string | null>(null);
  return (
    <>
      <PermissionGroupPicker legend="Permission" value={value ?? defaultId} onChange={setValue} />
      <PermissionGroupPicker
        legend="Second picker"
        value={value ?? defaultId}
        onChange={setValue}
      />
    </>
  );
}

describe('the permission group picker', () => {
  it('preselects the default, works with arrow keys, and fetches the groups once', async () => {
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (gluePath(request.url) === '/cart-permission-groups') requests.push(request.method);
    });
    await signInAs('anna');
    render(
      <QueryClientProvider
        client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
      >
        <PickerHarness />
      </QueryClientProvider>,
    );
    const group = await screen.findByRole('group', { name: 'Permission' });
    const readOnly = within(group).getByRole('radio', { name: /Read-only/ });
    expect(readOnly).toBeChecked();
    expect(within(group).getByText('(default)')).toBeInTheDocument();
    const u = userEvent.setup();
    await u.click(readOnly);
    await u.keyboard('{ArrowDown}');
    expect(within(group).getByRole('radio', { name: /Full access/ })).toBeChecked();
    expect(requests).toEqual(['GET']);
  });
});
