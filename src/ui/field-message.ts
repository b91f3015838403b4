// Glue's validation messages are Symfony's; people get plainer words, in their language.
import type { MessageKey, Translate } from '../lib/i18n/i18n';
import { FIELD_MESSAGES, isTooLongMessage } from '../contract/field-rules';

const HUMAN: Record<string, MessageKey> = {
  [FIELD_MESSAGES.missing]: 'field.required',
  [FIELD_MESSAGES.blank]: 'field.required',
  [FIELD_MESSAGES.greaterThanZero]: 'field.quantity',
  [FIELD_MESSAGES.notNumeric]: 'field.quantity',
  [FIELD_MESSAGES.notUuid]: 'field.colleague',
  [FIELD_MESSAGES.notEmail]: 'field.email',
};

/** A field message: Glue's known texts translated, the app's own messages as they are. */
export function humanFieldMessage(message: string | undefined, t: Translate) {
  if (message === undefined) return undefined;
  // "This value is too long. It should have 30 characters or less."
  if (isTooLongMessage(message)) {
    const max = /(\d+)/.exec(message)?.[1];
    return max ? t('field.tooLongMax', { max }) : t('field.tooLong');
  }
  const key = HUMAN[message];
  return key ? t(key) : message;
}
