import { Link } from 'react-router';
import { useT } from '../../i18n/language-context';
import { staticPageUrl } from '../../lib/paths';

/** Blogger's Pages gadget: the blog's static pages config.json names, as links (Home first, if asked). */
export function PagesWidget({ pages, home }: { pages: { slug: string; title: string }[]; home: boolean }) {
  const t = useT();
  return (
    <nav aria-label={t('gadgets.pages.nav')}>
      <ul className="pages-widget">
        {home ? (
          <li>
            <Link to="/">{t('gadgets.pages.home')}</Link>
          </li>
        ) : null}
        {pages.map((page) => (
          <li key={page.slug}>
            <Link to={staticPageUrl(page.slug)} dir="auto">
              {page.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
