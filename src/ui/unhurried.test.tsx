import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { Unhurried } from './unhurried';

let unmount = (): void => undefined;
/** React's switch between test renders (act) and renders as a browser makes them. */
const reactTest = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
afterEach(() => {
  unmount();
});

it('commits the fallback first and renders the view in a later, deferred render', async () => {
  // Outside act(): React schedules the deferred render as it would in a browser.
  const previous = reactTest.IS_REACT_ACT_ENVIRONMENT;
  reactTest.IS_REACT_ACT_ENVIRONMENT = false;
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  unmount = () => {
    root.unmount();
    container.remove();
    reactTest.IS_REACT_ACT_ENVIRONMENT = previous;
  };
  flushSync(() => {
    root.render(
      <Unhurried fallback={<p role="status">Loading cart…</p>}>
        <h1>Q4 office restock</h1>
      </Unhurried>,
    );
  });
  // The render that committed showed the placeholder only.
  expect(screen.getByRole('status')).toHaveTextContent('Loading cart…');
  expect(screen.queryByRole('heading')).not.toBeInTheDocument();

  await waitFor(() => {
    expect(screen.getByRole('heading', { name: 'Q4 office restock' })).toBeInTheDocument();
  });
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
});
