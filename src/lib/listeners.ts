// The heart of every small external store here (session, seen carts, the mock's
// settings): who listens, and telling them. React reads such a store with
// useSyncExternalStore(subscribe, getSnapshot); the store keeps its snapshot stable
// until it changes.
export interface Listeners {
  subscribe: (listener: () => void) => () => void;
  notify: () => void;
}

export function createListeners(): Listeners {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    notify() {
      for (const listener of listeners) listener();
    },
  };
}
