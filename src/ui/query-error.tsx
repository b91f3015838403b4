import { errorMessage } from '../lib/json-api/error-message';

/** A failed load: what happened in plain words, and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <div className="alert alert-error" role="alert">
      <p>{errorMessage(error)}</p>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
