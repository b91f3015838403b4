// Every way a Glue request can fail, as data. Rules return a GlueFailure instead of
// throwing, so a rule failure can never surface as a 500 (docs/architecture.md habit 3).
import {
  FRAMEWORK_ERRORS,
  GLUE_ERRORS,
  type FixedGlueErrorCode,
} from '../../src/contract/glue-errors';
import type { GlueErrorObject } from '../../src/lib/json-api/document';

export class GlueFailure {
  constructor(
    readonly errors: GlueErrorObject[],
    /**
     * Answered as a plain-text body, not an error document: checks that run before Glue's
     * JSON:API layer (bad paging, docs/glue-api.md §1 rev 3).
     */
    readonly plainText = false,
  ) {}

  /** The HTTP status is the status of the last error (§1). */
  get status(): number {
    return this.errors.at(-1)?.status ?? 500;
  }
}

export const isFailure = (value: unknown): value is GlueFailure => value instanceof GlueFailure;

export function fail(code: FixedGlueErrorCode, status?: number): GlueFailure {
  const [defaultStatus, detail] = GLUE_ERRORS[code];
  return new GlueFailure([{ status: status ?? defaultStatus, code, detail }]);
}

/** Several failures in one answer, in order (e.g. 117 and 119, then 107). */
export function combine(...failures: GlueFailure[]): GlueFailure {
  return new GlueFailure(failures.flatMap((failure) => failure.errors));
}

export const failAll = (codes: FixedGlueErrorCode[]): GlueFailure =>
  combine(...codes.map((code) => fail(code)));

/** `1101`/`1102` with the message Glue's glossary gives (§11b): one error each. */
export function checkoutFail(code: '1101' | '1102', details: string[]): GlueFailure {
  return new GlueFailure(details.map((detail) => ({ status: 422, code, detail })));
}

/** `102` names the SKU in its detail (and has no full stop). */
export function productNotFound(sku: string): GlueFailure {
  return new GlueFailure([{ status: 422, code: '102', detail: `Product "${sku}" not found` }]);
}

/** Framework checks whose answer never reaches the JSON:API layer (§1, rev 3). */
const PLAIN_TEXT: ReadonlySet<keyof typeof FRAMEWORK_ERRORS> = new Set(['paginationInvalid']);

export function frameworkFail(kind: keyof typeof FRAMEWORK_ERRORS): GlueFailure {
  const [status, detail] = FRAMEWORK_ERRORS[kind];
  return new GlueFailure([{ status, detail }], PLAIN_TEXT.has(kind));
}

/** Validation failures: one `901` error per field message. */
export function validationFail(messages: { field: string; message: string }[]): GlueFailure {
  return new GlueFailure(
    messages.map(({ field, message }) => ({
      status: 422,
      code: '901',
      detail: `${field} => ${message}`,
    })),
  );
}
