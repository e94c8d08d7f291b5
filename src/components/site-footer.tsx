import { Link } from 'react-router';
import type { Blog } from '../api/types';
import { Message, useT } from '../i18n/language-context';
import { FeedLinks } from './below-the-fold';

export function SiteFooter({ blog }: { blog: Blog }) {
  const t = useT();
  return (
    <footer className="site-footer">
      <nav aria-label={t('chrome.footer.nav')}>
        <Link to="/">{t('chrome.footer.home')}</Link> ·{' '}
        <Link to="/archive">{t('chrome.footer.archive')}</Link>
      </nav>
      <FeedLinks feeds={blog.feeds} subject="posts" title={blog.title} />
      <p>
        <Message id="chrome.footer.poweredBy" values={{ blog: <bdi dir="auto">{blog.title}</bdi> }} />
      </p>
    </footer>
  );
}
