import { describe, expect, it } from 'vitest';
import { pageModules, staticClosure } from './vite-page-chunk';

// index → shell; list → query-view → alert; list → table; login → form → alert.
const GRAPH: Record<string, string[]> = {
  index: ['shell', 'i18n'],
  shell: ['i18n'],
  list: ['query-view', 'table', 'i18n'],
  'query-view': ['alert'],
  table: ['i18n'],
  login: ['form'],
  form: ['alert', 'i18n'],
};
const imports = (id: string) => GRAPH[id] ?? [];

describe('the cart list’s chunk groups', () => {
  it('follow static imports, each module once, cycles included', () => {
    const cyclic = (id: string) => (id === 'a' ? ['b'] : ['a']);
    expect([...staticClosure(['a'], cyclic)]).toEqual(['a', 'b']);
    expect([...staticClosure(['index'], imports)].sort()).toEqual(['i18n', 'index', 'shell']);
  });

  it('take what the page needs beyond the entry: its own part, and what it shares with the other pages', () => {
    const { own, shared } = pageModules('list', ['index'], ['login'], imports);
    expect([...own].sort()).toEqual(['list', 'query-view', 'table']);
    expect([...shared]).toEqual(['alert']);
  });

  it('leave the entry’s modules to the entry', () => {
    const { own, shared } = pageModules('list', ['index'], [], imports);
    expect(own.has('i18n')).toBe(false);
    expect(shared.size).toBe(0);
  });
});
