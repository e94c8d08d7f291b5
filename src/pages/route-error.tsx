import { useRevalidator, useRouteError } from 'react-router';
import { ErrorPanel } from '../components/error-panel';
import { describeError } from '../api/describe-error';
import { useT } from '../i18n/language-context';
import { NotFoundContent } from './not-found-page';

/** Shown in the main column when a page's data fails: what went wrong, and a retry. The layout stays. */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (describeError(error).notFound) return <NotFoundContent />;
  return (
    <>
      <title>{t('chrome.routeError.title')}</title>
      <ErrorPanel error={error} onRetry={() => void revalidator.revalidate()} />
    </>
  );
}

/** Shown when even the blog's own facts (title, time zone) could not load: no layout to keep. */
export function RootError() {
  const t = useT();
  const error = useRouteError();
  const revalidator = useRevalidator();
  return (
    <main id="main" className="standalone">
      <title>{t('chrome.rootError.title')}</title>
      <ErrorPanel error={error} onRetry={() => void revalidator.revalidate()} showHomeLink={false} />
    </main>
  );
}
