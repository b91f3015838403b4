// Glue validates request attributes with Symfony constraints and answers each
// failure as 422 `901` "<field> => <message>". These builders carry those exact
// messages so the same schema drives a form (zodResolver) and the mock (safeParse).
import { z } from 'zod/mini';

export const FIELD_MESSAGES = {
  missing: 'This field is missing.',
  blank: 'This value should not be blank.',
  tooLong: 'This value is too long.',
  notUuid: 'This is not a valid UUID.',
  greaterThanZero: 'This value should be greater than 0.',
  invalidChoice: 'The value you selected is not a valid choice.',
  notString: 'This value should be of type string.',
} as const;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID_PATTERN.test(value);

const isBlank = (value: string) => value.trim() === '';

/** A required string: missing, blank and too long each get their own Glue message. */
export function requiredText(maxLength?: number) {
  const base = z
    .string({
      error: (issue) =>
        issue.input === undefined ? FIELD_MESSAGES.missing : FIELD_MESSAGES.notString,
    })
    .check(z.refine((value) => !isBlank(value), { message: FIELD_MESSAGES.blank, abort: true }));
  return maxLength === undefined
    ? base
    : base.check(
        z.refine((value) => value.length <= maxLength, { message: FIELD_MESSAGES.tooLong }),
      );
}

/** A required UUID (a company user id). */
export function requiredUuid() {
  return requiredText().check(z.refine(isUuid, { message: FIELD_MESSAGES.notUuid }));
}

/**
 * A required numeric id such as `idCartPermissionGroup`. Glue only insists that it is
 * present and non-blank; an id that names nothing is the rule's business (2501).
 */
export function requiredNumericId() {
  return z
    .union([z.number(), z.string()], {
      error: (issue) => (issue.input === undefined ? FIELD_MESSAGES.missing : FIELD_MESSAGES.blank),
    })
    .check(
      z.refine((value) => typeof value === 'number' || !isBlank(value), {
        message: FIELD_MESSAGES.blank,
      }),
    );
}

/** An item quantity: an integer of at least 1. */
export function quantity() {
  return z
    .number({
      error: (issue) =>
        issue.input === undefined ? FIELD_MESSAGES.missing : FIELD_MESSAGES.greaterThanZero,
    })
    .check(
      z.refine((value) => Number.isInteger(value) && value >= 1, {
        message: FIELD_MESSAGES.greaterThanZero,
      }),
    );
}
