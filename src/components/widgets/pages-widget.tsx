import { Link } from 'react-router';
import { staticPageUrl } from '../../lib/paths';

/** Blogger's Pages gadget: the blog's static pages config.json names, as links (Home first, if asked). */
export function PagesWidget({ pages, home }: { pages: { slug: string; title: string }[]; home: boolean }) {
  return (
    <nav aria-label="Pages">
      <ul className="pages-widget">
        {home ? (
          <li>
            <Link to="/">Home</Link>
          </li>
        ) : null}
        {pages.map((page) => (
          <li key={page.slug}>
            <Link to={staticPageUrl(page.slug)}>{page.title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
