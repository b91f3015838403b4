// The route table is what both the router and the build read: every module it names
// exists, and its patterns pick the page a pathname opens.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTES, routeEntries, routePattern } from './routes';

const root = path.resolve(import.meta.dirname, '../..');

describe('the route table', () => {
  it('names modules that exist', () => {
    const modules = routeEntries().flatMap(([, route]) => [route.module, ...(route.with ?? [])]);
    expect(modules.filter((module) => !existsSync(path.join(root, module)))).toEqual([]);
  });

  it('keeps pages apart only from pages it has', () => {
    const apart = routeEntries().flatMap(([, route]) => route.chunk?.apartFrom ?? []);
    expect(apart).toEqual(['login', 'login', 'carts']);
    expect(apart.filter((name) => !(name in ROUTES))).toEqual([]);
  });

  it.each([
    ['/', 'carts'],
    ['/carts', 'carts'],
    ['/carts/', 'carts'],
    ['/carts/abc-1', 'cart'],
    ['/carts/abc-1/order', 'order'],
    ['/orders', 'orders'],
    ['/orders/DE--12', 'orderDetail'],
    ['/permission-groups', 'permissionGroups'],
    ['/permission-groups/1', 'permissionGroup'],
  ])('%s opens the %s page', (pathname, name) => {
    const matching = routeEntries()
      .filter(([, route]) => route.guard === 'company-user')
      .filter(([, route]) => new RegExp(routePattern(route)).test(pathname))
      .map(([routeName]) => routeName);
    expect(matching).toEqual([name]);
  });
});
