// What people read when a request fails: never raw JSON, never a token.
import { GlueError, MalformedResponseError, NetworkError } from './glue-error';

const BY_STATUS: Record<number, string> = {
  401: 'Your session has ended. Please log in again.',
  403: 'You are not allowed to do this.',
  404: 'This could not be found.',
  422: 'The shop could not accept this.',
};

export function errorMessage(error: unknown): string {
  if (error instanceof NetworkError) return error.message;
  if (error instanceof MalformedResponseError) {
    return 'The shop sent an answer this app does not understand. Please try again later.';
  }
  if (error instanceof GlueError) {
    return BY_STATUS[error.status] ?? 'The shop could not complete this request. Please try again.';
  }
  return 'Something went wrong. Please try again.';
}
