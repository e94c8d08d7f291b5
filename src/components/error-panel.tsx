import { Link } from 'react-router';
import { describeError } from './error-message';
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
  const { title, detail, canRetry } = describeError(error, { offline: !useOnline() });
  const Heading = `h${level}` as const;
  return (
    <div className="error-panel" role="alert">
      <Heading tabIndex={level === 1 ? -1 : undefined} data-page-heading={level === 1 ? '' : undefined}>
        {title}
      </Heading>
      <p>{detail}</p>
      <p className="error-panel__actions">
        {canRetry && onRetry ? (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        ) : null}
        {showHomeLink ? <Link to="/">Go to the home page</Link> : null}
      </p>
    </div>
  );
}
