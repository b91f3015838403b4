import { oncePer } from '../lib/i18n/once-per';

const moneyFormat = oncePer(
  (locale: string, currency: string) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency }),
);

/** Integer cents → "€98.60" / "98,60 €" in the UI locale. Formatters are cached: lists call this a lot. */
export function formatMoney(cents: number, currency: string, locale: string): string {
  return moneyFormat(locale, currency).format(cents / 100);
}
