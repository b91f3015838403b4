// Glue's validation messages are Symfony's; people get plainer words.
import { FIELD_MESSAGES } from '../lib/json-api/field-rules';

const HUMAN: Record<string, string> = {
  [FIELD_MESSAGES.missing]: 'Please fill in this field.',
  [FIELD_MESSAGES.blank]: 'Please fill in this field.',
  [FIELD_MESSAGES.tooLong]: 'This is too long.',
  [FIELD_MESSAGES.greaterThanZero]: 'Enter a whole number of at least 1.',
  [FIELD_MESSAGES.notUuid]: 'Choose a colleague from the list.',
};

export const humanFieldMessage = (message: string | undefined) =>
  message === undefined ? undefined : (HUMAN[message] ?? message);
