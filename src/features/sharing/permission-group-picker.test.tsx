import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { gluePath } from '../../test/mock-glue';
import { signInAs } from '../../test/sign-in';
import { PermissionGroupPicker, useDefaultGroupId } from './permission-group-picker';

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
