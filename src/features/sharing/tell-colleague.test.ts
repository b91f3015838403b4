import { describe, expect, it } from 'vitest';
import { mailtoHref } from '../../lib/mailto';
import { cartLink } from './tell-colleague';

describe('telling a colleague', () => {
  it('links to the cart on this app’s origin, under its base path', () => {
    expect(cartLink('/carts/abc-1', 'https://shop.example')).toBe(
      'https://shop.example/carts/abc-1',
    );
    expect(cartLink('/app/carts/abc-1', 'https://shop.example')).toBe(
      'https://shop.example/app/carts/abc-1',
    );
  });

  it('writes a mailto: link whose parts decode to the subject and body (RFC 6068)', () => {
    const href = mailtoHref({
      to: 'ben.ortiz+carts@northwind.example',
      subject: 'Cart shared with you: Q4 & more',
      body: 'Hello Ben,\n\nOpen it here: https://shop.example/carts/1?x=1&y=2\n',
    });
    expect(href.startsWith('mailto:ben.ortiz%2Bcarts@northwind.example?subject=')).toBe(true);
    expect(href).not.toContain('+');
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(query.get('subject')).toBe('Cart shared with you: Q4 & more');
    expect(query.get('body')).toBe(
      'Hello Ben,\n\nOpen it here: https://shop.example/carts/1?x=1&y=2\n',
    );
  });
});
