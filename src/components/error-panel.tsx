import { Link, useInRouterContext, useLocation, type Location } from 'react-router';
import { useT } from '../i18n/language-context';
import { describeError } from '../api/describe-error';
import { useOnline } from './use-online';

type ErrorPanelProps = {
  error: unknown;
  onRetry?: () => void;
  /** Heading level: a page-level error is the page's h1, a widget's a smaller heading. */
  level?: 1 | 2 | 3;
  showHomeLink?: boolean;
};

/** What went wrong, in words, with a way to try again; announced to screen readers as an alert. */
export function ErrorPanel({ error, onRetry, level = 1, showHomeLink = true }: ErrorPanelProps) {
  const t = useT();
  const { title, detail, canRetry } = describeError(error, { offline: !useOnline(), t });
  const Heading = `h${level}` as const;
  return (
    <div className="error-panel" role="alert">
      <Heading tabIndex={level === 1 ? -1 : undefined} data-page-heading={level === 1 ? '' : undefined}>
        {title}
      </Heading>
      <p>{detail}</p>
      {/* A div: it holds a form (RetryForm), which may not sit in a <p>. */}
      <div className="error-panel__actions">
        {canRetry && onRetry ? <RetryButton onRetry={onRetry} /> : null}
        {showHomeLink ? <Link to="/">{t('errors.goHome')}</Link> : null}
      </div>
    </div>
  );
}

/**
 * "Try again": with JavaScript it retries in place; without (a page the server sent) it is a GET form
 * for the same address, so the reader's browser asks the server again.
 */
function RetryButton({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  if (!useInRouterContext()) {
    return (
      <button type="button" onClick={onRetry}>
        {t('errors.tryAgain')}
      </button>
    );
  }
  return <RetryForm onRetry={onRetry} />;
}

function RetryForm({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  const location: Location = useLocation();
  return (
    <form className="error-panel__retry" method="get" action={location.pathname}>
      {[...new URLSearchParams(location.search)].map(([name, value], index) => (
        <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        onClick={(event) => {
          event.preventDefault();
          onRetry();
        }}
      >
        {t('errors.tryAgain')}
      </button>
    </form>
  );
}
