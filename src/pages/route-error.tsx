import { useRevalidator, useRouteError } from 'react-router';
import { ErrorPanel } from '../components/error-panel';
import { describeError } from '../components/error-message';
import { NotFoundContent } from './not-found-page';

/** Shown in the main column when a page's data fails: what went wrong, and a retry. The layout stays. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (describeError(error).notFound) return <NotFoundContent />;
  return (
    <>
      <title>Something went wrong</title>
      <ErrorPanel error={error} onRetry={() => void revalidator.revalidate()} />
    </>
  );
}

/** Shown when even the blog's own facts (title, time zone) could not load: no layout to keep. */
export function RootError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  return (
    <main id="main" className="standalone">
      <title>The blog could not be loaded</title>
      <ErrorPanel error={error} onRetry={() => void revalidator.revalidate()} showHomeLink={false} />
    </main>
  );
}
