// Glue's validation messages are Symfony's; people get plainer words, in their language.
import type { MessageKey, Translate } from '../lib/i18n/i18n';
import { FIELD_MESSAGES } from '../lib/json-api/field-rules';

const HUMAN: Record<string, MessageKey> = {
  [FIELD_MESSAGES.missing]: 'field.required',
  [FIELD_MESSAGES.blank]: 'field.required',
  [FIELD_MESSAGES.tooLong]: 'field.tooLong',
  [FIELD_MESSAGES.greaterThanZero]: 'field.quantity',
  [FIELD_MESSAGES.notUuid]: 'field.colleague',
  'A cart with this name already exists.': 'field.duplicateName',
};

/** A field message: Glue's known texts translated, the app's own messages as they are. */
export function humanFieldMessage(message: string | undefined, t: Translate) {
  if (message === undefined) return undefined;
  const key = HUMAN[message];
  return key ? t(key) : message;
}
