// Glue validates request attributes with Symfony constraints and answers each
// failure as 422 `901` "<field> => <message>". These builders carry those exact
// messages so the same schema drives a form (zodResolver) and the mock (safeParse).
import { z } from 'zod/mini';

export const FIELD_MESSAGES = {
  missing: 'This field is missing.',
  blank: 'This value should not be blank.',
  notUuid: 'This is not a valid UUID.',
  notEmail: 'This value is not a valid email address.',
  notNumeric: 'This value should be of type numeric.',
  greaterThanZero: 'This value should be greater than 0.',
  notString: 'This value should be of type string.',
} as const;

/** Symfony's Length message names the limit. */
export const tooLongMessage = (maxLength: number) =>
  `This value is too long. It should have ${String(maxLength)} characters or less.`;

export const isTooLongMessage = (message: string) => message.startsWith('This value is too long.');

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
// Symfony's "loose" email check: something, an @, and a dotted domain without spaces.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const isUuid = (value: string): boolean => UUID_PATTERN.test(value);

interface TextRules {
  maxLength?: number;
  /**
   * Whether only spaces count as blank. Symfony's NotBlank does not trim, so Glue takes
   * "   " as a cart name; the auth and sharing fields are trimmed as they always were.
   */
  trim?: boolean;
}

/** A required string: missing, blank and too long each get their own Glue message. */
export function requiredText({ maxLength, trim = true }: TextRules = {}) {
  const isBlank = (value: string) => (trim ? value.trim() : value) === '';
  const base = z
    .string({
      error: (issue) =>
        issue.input === undefined ? FIELD_MESSAGES.missing : FIELD_MESSAGES.notString,
    })
    .check(z.refine((value) => !isBlank(value), { message: FIELD_MESSAGES.blank, abort: true }));
  return maxLength === undefined
    ? base
    : base.check(
        z.refine((value) => value.length <= maxLength, { message: tooLongMessage(maxLength) }),
      );
}

/** A required UUID (a company user id). */
export function requiredUuid() {
  return requiredText().check(z.refine(isUuid, { message: FIELD_MESSAGES.notUuid }));
}

/** A required email address (the login name). */
export function requiredEmail() {
  return requiredText().check(
    z.refine((value) => EMAIL_PATTERN.test(value.trim()), { message: FIELD_MESSAGES.notEmail }),
  );
}

/** An optional string that may be empty (PATCH /carts: empty leaves the value as it is). */
export function optionalText() {
  return z.optional(z.string({ error: FIELD_MESSAGES.notString }));
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
      z.refine((value) => typeof value === 'number' || value.trim() !== '', {
        message: FIELD_MESSAGES.blank,
      }),
    );
}

const isNumeric = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));

/**
 * Glue's quantity constraints (NotBlank, Type numeric, and on POST GreaterThan 0), each
 * failing one its own message, as Symfony reports them: `""` fails all three; `null`
 * only NotBlank (Type and GreaterThan skip null); `"abc"` only Type (PHP finds
 * "abc" > 0). Numeric strings such as `"3"` count as numbers.
 */
export function quantityProblems(value: unknown, greaterThanZero: boolean): string[] {
  if (value === undefined) return [FIELD_MESSAGES.missing];
  if (value === null) return [FIELD_MESSAGES.blank];
  const blank = value === '' || (typeof value === 'number' && Number.isNaN(value));
  if (blank) {
    return greaterThanZero
      ? [FIELD_MESSAGES.blank, FIELD_MESSAGES.notNumeric, FIELD_MESSAGES.greaterThanZero]
      : [FIELD_MESSAGES.blank, FIELD_MESSAGES.notNumeric];
  }
  if (!isNumeric(value)) return [FIELD_MESSAGES.notNumeric];
  if (greaterThanZero && !(Number(value) > 0)) return [FIELD_MESSAGES.greaterThanZero];
  return [];
}

/** An item quantity as Glue validates it; the output is a number. */
export function quantity({ greaterThanZero }: { greaterThanZero: boolean }) {
  return z.pipe(
    z.unknown().check(
      z.superRefine((value, ctx) => {
        for (const message of quantityProblems(value, greaterThanZero)) {
          ctx.addIssue({ code: 'custom', message, input: value });
        }
      }),
    ),
    z.transform((value) => Number(value)),
  );
}
