// Telling a colleague about a shared cart: the address of the cart in this app (the
// mailto: link itself is lib/mailto.ts). A plain function, so it is tested.

/** The cart's address for people: `href` is the router's path (base path included). */
export const cartLink = (href: string, origin: string) => new URL(href, origin).href;
