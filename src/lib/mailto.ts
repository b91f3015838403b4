// A mailto: link with a subject and a body, to one person or several (telling a colleague
// about a shared cart, telling the colleagues about an order).

interface EmailInput {
  to: string | readonly string[];
  subject: string;
  body: string;
}

/**
 * RFC 6068: every part percent-encoded (a space is %20, never +); each address keeps its
 * "@" so mail programs show it as typed.
 */
export function mailtoHref({ to, subject, body }: EmailInput): string {
  const addresses = (typeof to === 'string' ? [to] : to)
    .map((address) => address.split('@').map(encodeURIComponent).join('@'))
    .join(',');
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return `mailto:${addresses}?${query}`;
}
