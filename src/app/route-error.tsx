// Every route's error boundary: a message per status, a way forward, never raw JSON.
import { Link, isRouteErrorResponse, useRouteError } from 'react-router-dom';
import type { Translate } from '../lib/i18n/i18n';
import { useI18n } from '../lib/i18n/i18n-context';
import { errorMessage } from '../lib/json-api/error-message';
import { GlueError } from '../lib/json-api/glue-error';

function describe(error: unknown, t: Translate): { title: string; message: string } {
  if (isRouteErrorResponse(error) && error.status === 404) {
    return { title: t('notFound.title'), message: t('notFound.text') };
  }
  if (error instanceof GlueError && error.status === 404) {
    return { title: t('routeError.notFoundTitle'), message: t('routeError.notFoundText') };
  }
  if (error instanceof GlueError && error.status === 403) {
    return { title: t('routeError.forbiddenTitle'), message: t('routeError.forbiddenText') };
  }
  return { title: t('routeError.otherTitle'), message: errorMessage(error, t) };
}

export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  const { title, message } = describe(error, t);
  return (
    <section aria-labelledby="route-error-title" className="card narrow" role="alert">
      <h1 id="route-error-title">{title}</h1>
      <p>{message}</p>
      <p>
        <Link to="/carts">{t('routeError.link')}</Link>
      </p>
    </section>
  );
}
