import { Link, useLocation } from 'react-router';
import { newerSearch, olderSearch } from '../lib/cursor-trail';

/** Blogger's "Newer posts · Home · Older posts" row under a list. */
export function Pager({ next }: { next: string | null }) {
  const location = useLocation();
  const search = new URLSearchParams(location.search);
  const newer = newerSearch(search);
  if (newer === null && !next) return null;
  return (
    <nav className="pager" aria-label="More posts">
      {newer !== null ? (
        <Link className="pager__newer" to={`${location.pathname}${newer}`}>
          Newer posts
        </Link>
      ) : (
        <span />
      )}
      <Link className="pager__home" to="/">
        Home
      </Link>
      {next ? (
        <Link className="pager__older" to={`${location.pathname}${olderSearch(search, next)}`}>
          Older posts
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
