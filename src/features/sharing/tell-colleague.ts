// Telling a colleague about a shared cart: the address of the cart in this app, and a
// mailto: link with a subject and a body. Plain functions, so the texts are tested.

/** The cart's address for people: `href` is the router's path (base path included). */
export const cartLink = (href: string, origin: string) => new URL(href, origin).href;

interface EmailInput {
  to: string;
  subject: string;
  body: string;
}

/**
 * RFC 6068: every part percent-encoded (a space is %20, never +); the address keeps its
 * "@" so mail programs show it as typed.
 */
export function mailtoHref({ to, subject, body }: EmailInput): string {
  const address = to.split('@').map(encodeURIComponent).join('@');
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return `mailto:${address}?${query}`;
}
