// When the list's view reaches the address: a click at once, typing once the typist
// pauses or leaves the field, and never over an address that moved on by itself. On a
// fake clock (setTimeout only), so no busy machine can stretch the typing past the pause.
import { act, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CartListState, toggleSort } from './cart-list-view';
import { type Asked, PAUSE_MS, rebase, useListState } from './use-list-state';

function listAt(url: string) {
  let hook: ReturnType<typeof useListState> | undefined;
  function Probe() {
    hook = useListState();
    return null;
  }
  const router = createMemoryRouter([{ path: '/carts', element: <Probe /> }], {
    initialEntries: [url],
  });
  const addresses: string[] = [];
  router.subscribe((state) => {
    if (state.navigation.state === 'idle') addresses.push(state.location.search);
  });
  render(<RouterProvider router={router} />);
  const current = () => {
    if (!hook) throw new Error('the probe did not render');
    return hook;
  };
  return {
    state: () => current()[0],
    type: (query: string) => {
      act(() => {
        current()[1]((view) => ({ ...view, query }), 'typing');
      });
    },
    sortBy: () => {
      act(() => {
        current()[1]((view) => toggleSort(view, 'total'));
      });
    },
    leave: () => {
      act(() => {
        current()[2]();
      });
    },
    wait: async (ms: number) => {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(ms);
      });
    },
    hook: current,
    inOneTick: (changes: () => void) => {
      act(changes);
    },
    address: () => router.state.location.search,
    /** The addresses the router arrived at, one per navigation. */
    addresses,
    router,
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useListState', () => {
  it('shows each letter at once and writes the address once, when typing pauses', async () => {
    const list = listAt('/carts?view=mine');
    list.type('o');
    list.type('of');
    list.type('off');
    expect(list.state().query).toBe('off');
    await list.wait(PAUSE_MS - 1);
    expect(list.address()).toBe('?view=mine');
    await list.wait(1);
    expect(list.address()).toBe('?view=mine&q=off');
    expect(list.addresses).toEqual(['?view=mine&q=off']);
    expect(list.state().query).toBe('off');
  });

  it('writes at once when the field is left, and not again when the pause ends', async () => {
    const list = listAt('/carts');
    list.type('g');
    list.type('ge');
    list.leave();
    await list.wait(0);
    expect(list.address()).toBe('?q=ge');
    await list.wait(PAUSE_MS);
    expect(list.addresses).toEqual(['?q=ge']);
  });

  it('a click writes at once, with what was typed just before', async () => {
    const list = listAt('/carts');
    list.type('o');
    list.sortBy();
    await list.wait(0);
    expect(list.address()).toBe('?q=o&sort=total');
    expect(list.state()).toEqual({ view: 'all', query: 'o', sort: 'total', direction: 'asc' });
    await list.wait(PAUSE_MS);
    expect(list.addresses).toEqual(['?q=o&sort=total']);
  });

  it('keeps letters typed while the router applies the last ones', async () => {
    const list = listAt('/carts');
    list.type('o');
    // Left (?q=o sent) and typed again before the router has applied it: one tick.
    list.inOneTick(() => {
      list.hook()[2]();
      list.hook()[1]((view) => ({ ...view, query: 'of' }), 'typing');
    });
    await list.wait(0);
    expect(list.state().query).toBe('of');
    await list.wait(PAUSE_MS);
    expect(list.address()).toBe('?q=of');
    expect(list.state().query).toBe('of');
  });

  it('drops what was typed when the address moves on by itself (a link, Back), and writes nothing over it', async () => {
    const list = listAt('/carts');
    list.type('zzz');
    await act(async () => {
      await list.router.navigate('/carts?view=shared');
    });
    expect(list.state()).toEqual({ view: 'shared', query: '', sort: null, direction: 'asc' });
    await list.wait(PAUSE_MS);
    expect(list.address()).toBe('?view=shared');
  });
});

describe('rebase', () => {
  const view = (query: string): CartListState => ({
    view: 'all',
    query,
    sort: null,
    direction: 'asc',
  });
  const asked = (basedOn: string, query: string, sent: string | null): Asked => ({
    basedOn,
    next: view(query),
    sent,
  });

  it('keeps a view while the address is the one it was asked on', () => {
    const entry = asked('', 'of', null);
    expect(rebase(entry, '')).toBe(entry);
  });

  it('drops it once the address shows it', () => {
    expect(rebase(asked('', 'of', 'q=of'), 'q=of')).toBeNull();
  });

  it('keeps a newer view when an earlier write of ours lands, based on it now', () => {
    expect(rebase(asked('', 'off', 'q=of'), 'q=of')).toEqual(asked('q=of', 'off', null));
  });

  it('drops it when the address moved on to anything else', () => {
    expect(rebase(asked('', 'off', 'q=of'), 'view=shared')).toBeNull();
    expect(rebase(asked('', 'off', null), 'q=of')).toBeNull();
    expect(rebase(null, 'q=of')).toBeNull();
  });
});
