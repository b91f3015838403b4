const formats = new Map<string, Intl.NumberFormat>();

/** Integer cents → "€98.60" / "98,60 €" in the UI locale. Formatters are cached: lists call this a lot. */
export function formatMoney(cents: number, currency: string, locale: string): string {
  const key = `${locale}:${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formats.set(key, format);
  }
  return format.format(cents / 100);
}
