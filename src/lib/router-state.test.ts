import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { readRouterState } from './router-state';

const notice = z.object({ notice: z.string() });

describe('readRouterState', () => {
  it('gives the fields the page expects', () => {
    expect(readRouterState(notice, { notice: 'Cart “Q4” deleted.', other: 1 })).toEqual({
      notice: 'Cart “Q4” deleted.',
    });
  });

  it.each([null, undefined, 'text', { notice: 3 }, {}])('gives null for %j', (state) => {
    expect(readRouterState(notice, state)).toBeNull();
  });
});
