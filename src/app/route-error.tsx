// Every route's error boundary: a message per status, a way forward, never raw JSON.
import { Link, isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { GlueError } from '../lib/json-api/glue-error';
import { errorMessage } from '../lib/json-api/error-message';

function describe(error: unknown): { title: string; message: string } {
  if (isRouteErrorResponse(error) && error.status === 404) {
    return { title: 'Page not found', message: 'There is nothing at this address.' };
  }
  if (error instanceof GlueError && error.status === 404) {
    return {
      title: 'Not found',
      message: "This doesn't exist or isn't shared with you.",
    };
  }
  if (error instanceof GlueError && error.status === 403) {
    return { title: 'Not allowed', message: 'Your account may not see this.' };
  }
  return { title: 'Something went wrong', message: errorMessage(error) };
}

export function RouteError() {
  const error = useRouteError();
  const { title, message } = describe(error);
  return (
    <section aria-labelledby="route-error-title" className="card narrow" role="alert">
      <h1 id="route-error-title">{title}</h1>
      <p>{message}</p>
      <p>
        <Link to="/carts">Go to your carts</Link>
      </p>
    </section>
  );
}
