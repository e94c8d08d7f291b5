import { Link, useLocation } from 'react-router';
import { useT } from '../i18n/language-context';
import { newerSearch, olderSearch } from '../lib/cursor-trail';

/** Blogger's "Newer posts · Home · Older posts" row under a list. */
export function Pager({ next }: { next: string | null }) {
  const t = useT();
  const location = useLocation();
  const search = new URLSearchParams(location.search);
  const newer = newerSearch(search);
  if (newer === null && !next) return null;
  return (
    <nav className="pager" aria-label={t('posts.listPager.nav')}>
      {newer !== null ? (
        <Link className="pager__newer" to={`${location.pathname}${newer}`}>
          {t('posts.listPager.newer')}
        </Link>
      ) : (
        <span />
      )}
      <Link className="pager__home" to="/">
        {t('posts.pager.home')}
      </Link>
      {next ? (
        <Link className="pager__older" to={`${location.pathname}${olderSearch(search, next)}`}>
          {t('posts.listPager.older')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
