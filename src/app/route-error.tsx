// Every route's error boundary. Pages handle Glue's answers themselves (a missing cart,
// a refused action, a failed load with Retry), so what reaches this boundary is what a
// page cannot: a page's code that could not be downloaded, or a page that crashed.
// Both get plain words and a way forward, never raw JSON or a stack.
import { Link, useRouteError } from 'react-router-dom';
import { useI18n } from '../lib/i18n/i18n-context';
import { Button } from '../ui/button';

/** A lazy route whose chunk failed to download (offline, or a deploy replaced it). */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(
      error.message,
    )
  );
}

export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  const chunk = isChunkLoadError(error);
  return (
    <section aria-labelledby="route-error-title" className="card narrow" role="alert">
      <h1 id="route-error-title">
        {chunk ? t('routeError.loadTitle') : t('routeError.otherTitle')}
      </h1>
      <p>{chunk ? t('routeError.loadText') : t('routeError.otherText')}</p>
      <p className="actions">
        <Button
          onClick={() => {
            window.location.reload();
          }}
        >
          {t('routeError.reload')}
        </Button>
        <Link to="/carts">{t('routeError.link')}</Link>
      </p>
    </section>
  );
}
