// The cart's order thresholds (docs/glue-api.md §11f), in the user's words and language:
// the soft minimum is a hint for everyone; the hard ones — which stop an order — are said
// to whoever may order the cart, with by how much it is off.
import { useI18n } from '../../../lib/i18n/i18n-context';
import { formatMoney } from '../../../ui/money';
import type { Cart } from '../cart-model';

export function CartThresholds({ cart, mayOrder }: { cart: Cart; mayOrder: boolean }) {
  const { t, locale } = useI18n();
  const money = (cents: number) => formatMoney(cents, cart.currency, locale);
  const lines = cart.thresholds.flatMap((threshold) => {
    const amounts = { amount: money(threshold.delta), threshold: money(threshold.threshold) };
    if (threshold.kind === 'soft-minimum') return [['hint', t('threshold.soft', amounts)]];
    if (!mayOrder) return [];
    if (threshold.kind === 'hard-minimum') return [['block', t('threshold.hardMin', amounts)]];
    if (threshold.kind === 'hard-maximum') return [['block', t('threshold.hardMax', amounts)]];
    return [['hint', threshold.message]];
  });
  if (lines.length === 0) return null;
  return (
    <ul className="thresholds" aria-label={t('threshold.label')}>
      {lines.map(([kind, text]) => (
        <li key={text} className={kind === 'block' ? 'threshold-block' : 'field-hint'}>
          {text}
        </li>
      ))}
    </ul>
  );
}
