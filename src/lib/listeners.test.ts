import { describe, expect, it, vi } from 'vitest';
import { createListeners } from './listeners';

describe('createListeners', () => {
  it('tells every listener until it unsubscribes', () => {
    const { subscribe, notify } = createListeners();
    const first = vi.fn();
    const second = vi.fn();
    const stop = subscribe(first);
    subscribe(second);
    notify();
    stop();
    notify();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
  });
});
