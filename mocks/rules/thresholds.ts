// Order thresholds on the cart's subtotal (docs/glue-api.md §11f): only the unmet ones,
// in the order hard minimum, soft minimum, hard maximum (§11k.4); an empty cart has none.
// Only the hard ones block an order.
import { THRESHOLDS } from '../db/ordering-seed';

export type ThresholdType =
  'hard-minimum-threshold' | 'soft-minimum-threshold' | 'hard-maximum-threshold';

export interface Threshold {
  type: ThresholdType;
  threshold: number;
  fee: null;
  deltaWithSubtotal: number;
  message: string;
}

/** €40.00, €1,000.00: the glossary's money, whatever the language (§11k.4). */
export const euros = (cents: number) =>
  `€${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export const THRESHOLD_MESSAGES = {
  'hard-minimum-threshold': (amount: string) =>
    `You should add items for ${amount} to pass a recommended threshold. You can't proceed with checkout`,
  'soft-minimum-threshold': (amount: string) =>
    `You need to add items for ${amount} to pass a recommended threshold, but if you want can proceed to checkout.`,
  'hard-maximum-threshold': (amount: string) =>
    `The cart value cannot be higher than ${amount}. Please remove some items to proceed with the order`,
};

/** The glossary's de_DE texts, for the checkout errors that carry them (§11b). */
export const THRESHOLD_MESSAGES_DE: Partial<Record<ThresholdType, (amount: string) => string>> = {
  'hard-minimum-threshold': (amount) =>
    `Sie sollten Waren im Wert von ${amount} dem Warenkorb hinzufügen um die empfohlene Schwelle zu erreichen. Sie können nicht mit der Bestellung fortfahren`,
};

export function cartThresholds(subtotal: number, itemCount: number): Threshold[] {
  if (itemCount === 0) return [];
  const { hardMinimum, softMinimum, hardMaximum } = THRESHOLDS;
  const entries: Threshold[] = [];
  const entry = (type: ThresholdType, threshold: number, delta: number) => {
    entries.push({
      type,
      threshold,
      fee: null,
      deltaWithSubtotal: delta,
      message: THRESHOLD_MESSAGES[type](euros(threshold)),
    });
  };
  if (subtotal < hardMinimum) entry('hard-minimum-threshold', hardMinimum, hardMinimum - subtotal);
  if (subtotal < softMinimum) entry('soft-minimum-threshold', softMinimum, softMinimum - subtotal);
  if (subtotal > hardMaximum) entry('hard-maximum-threshold', hardMaximum, subtotal - hardMaximum);
  return entries;
}

export const isHard = (threshold: Threshold) => threshold.type !== 'soft-minimum-threshold';
