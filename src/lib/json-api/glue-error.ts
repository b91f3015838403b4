// The three ways a Glue request can fail, as distinct types the UI can tell apart.
import type { GlueErrorCode } from '../../contract/glue-errors';
import type { GlueErrorObject } from './document';

/** Glue answered with an error document. */
export class GlueError extends Error {
  override readonly name = 'GlueError';
  constructor(
    readonly status: number,
    readonly errors: GlueErrorObject[],
  ) {
    super(errors.map((e) => (e.code ? `${e.code}: ${e.detail}` : e.detail)).join('; '));
  }

  /** The first error's code, if Glue gave one. */
  get code(): string | undefined {
    return this.errors[0]?.code;
  }

  hasCode(code: GlueErrorCode): boolean {
    return this.errors.some((e) => e.code === code);
  }
}

/** Glue could not be reached at all (offline, DNS, CORS, server down). */
export class NetworkError extends Error {
  override readonly name: string = 'NetworkError';
  constructor(override readonly cause: unknown) {
    super('The shop could not be reached. Check your connection and try again.');
  }
}

/**
 * Glue did not answer within the time limit (json-api/client.ts). A write that timed out
 * may still have happened: Glue has no idempotency keys, so where the app can tell (a
 * cart read again) it asks before saying the write failed (`checked`).
 */
export class TimeoutError extends NetworkError {
  override readonly name = 'TimeoutError';
  constructor(
    readonly limitMs: number,
    readonly write: boolean,
    /** True once Glue was asked again and the write had not happened. */
    readonly checked = false,
  ) {
    super(new Error(`No answer within ${String(limitMs / 1000)} s`));
  }
}

/** Glue answered something that is not the JSON:API document we expect. */
export class MalformedResponseError extends Error {
  override readonly name = 'MalformedResponseError';
  constructor(
    readonly status: number,
    reason: string,
  ) {
    super(`The shop sent an unexpected response (${String(status)}): ${reason}`);
  }
}

export const isGlueError = (error: unknown, code?: GlueErrorCode): error is GlueError =>
  error instanceof GlueError && (code === undefined || error.hasCode(code));
